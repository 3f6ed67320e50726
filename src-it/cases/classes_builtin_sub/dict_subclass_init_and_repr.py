# A dict subclass with __init__, extra attributes, its repr and equality.
class Config(dict):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
    def __repr__(self):
        return f"Config({self.name!r}, {dict.__repr__(self)})"
c = Config("app", debug=True, level=3)
print(c, c.name, len(c), c["level"])
print(c == {"debug": True, "level": 3}, isinstance(c, dict), type(c) is dict)
print(str(c), f"{c}", [c])
class Plain(dict):
    pass
p = Plain(a=1)
print(repr(p), p, type(p).__name__)
p.extra = "x"
print(p.__dict__, vars(p))
try:
    Config()
except TypeError as e:
    print(e)
print(hash(Plain.__hash__) if Plain.__hash__ is not None else "unhashable")
