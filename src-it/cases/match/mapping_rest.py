def m(v):
    match v:
        case {"a": 1, **rest}:
            return ("a is 1", rest)
        case {"a": a, "b": b, **rest}:
            return ("a and b", a, b, rest)
        case {**everything}:
            return ("everything", everything)
d = {"a": 1, "b": 2, "c": 3}
r = m(d)
print(r, r[1] is d)
print(m({"a": 2, "b": 3}))
print(m({"c": 4}))
e = {}
r = m(e)
print(r, r[1] is e, type(r[1]).__name__)
class D(dict):
    pass
r = m(D(a=1, z=26))
print(r, type(r[1]).__name__)
