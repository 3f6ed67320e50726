# Instances of classes deriving from builtins keep the builtin's value, their class and a __dict__.
for base, val in ((str, "ab"), (tuple, (1, 2)), (list, [1]), (dict, {1: 2}), (bytes, b"x"), (complex, 1j), (set, {1}), (frozenset, {2}), (bytearray, b"y"), (int, 4), (float, 1.5)):
    C = type("C" + base.__name__, (base,), {"extra": lambda self: "extra"})
    o = C(val)
    try:
        o.attr = 7
        print(base.__name__, o.attr, o.extra(), vars(o), isinstance(o, base), type(o).__name__, o == base(val))
    except Exception as e:
        print(base.__name__, type(e).__name__, e)
class B(bytes):
    pass
b = B(b"ab")
print(b, repr(b), type(b).__name__, b + b"c", type(b + b"c").__name__, b.upper(), b[0], b == b"ab", hash(b) == hash(b"ab"), B(), B(3), B("x", "ascii"), len(b))
class A(bytearray): pass
a = A(b"xy"); a.append(122)
print(a, type(a).__name__, a.z if hasattr(a, "z") else None)
try:
    B("x")
except TypeError as e: print(e)
class F(frozenset):
    pass
f = F([1, 2])
f.a = 1
print(f, f.a, type(f).__name__, f == frozenset([1, 2]), hash(f) == hash(frozenset([1, 2])), F(), f | {3}, type(f | {3}).__name__, vars(f))
class S(set): pass
s = S([1]); s.b = 2
print(s, s.b, type(s).__name__)
class C(complex):
    def extra(self): return "x"
c = C(1, 2)
c.a = 5
print(c, repr(c), c.a, c.extra(), type(c).__name__, c + 1, c == 1+2j, hash(c) == hash(1+2j), vars(c), c.real, abs(C(3,4)))
print(C(), C("1+2j"), isinstance(c, complex))
