class Attrs:
    def __init__(self): self.a = 1
def m(v):
    match v:
        case {"a": a}:
            return f"mapping a={a}"
        case _:
            return "not a matching mapping"
print(m({"a": 1}))
print(m(Attrs()))
print(m(Attrs().__dict__))
print(m(type("T", (), {"a": 5}).__dict__))
print(m([("a", 1)]))
print(m({"a": 1}.items()))
class Missing(dict):
    def __missing__(self, key):
        print("__missing__ must not be called", key)
        return 0
print(m(Missing(b=2)))
print(m(Missing(a=3)))
