# str subclasses with extra constructor arguments: __new__ builds the value, __init__ sees all.
class Tagged(str):
    def __new__(cls, value, tag):
        print("__new__", value, tag)
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
    def __init__(self, value, tag):
        print("__init__", value, tag)
t = Tagged("text", "t1")
print(t, t.tag, len(t), t.upper(), isinstance(t, str))
class Lower(str):
    def __new__(cls, value=""):
        return super().__new__(cls, str(value).lower())
print(Lower("ABC"), Lower(), Lower(12), repr(Lower("Q")))
try:
    Tagged("only one")
except TypeError as e:
    print(e)
class Encoded(str):
    pass
print(Encoded(b"caf\xc3\xa9", "utf-8"), Encoded(b"x", encoding="ascii"), Encoded(5), Encoded([1]))
try:
    Encoded(5, "utf-8")
except TypeError as e:
    print(e)
