class A: __slots__ = ('x', 'y')
a = A(); a.x = 1
print(a.x, A.x, type(A.x).__name__, hasattr(a, '__dict__'), A.__slots__)
try: a.y
except AttributeError as e: print(e)
try: a.z = 1
except AttributeError as e: print(e)
try: del a.y
except AttributeError as e: print(e)
del a.x
try: a.x
except AttributeError as e: print(e)
class B(A): pass
b = B(); b.z = 3; b.x = 1; print(b.__dict__, b.x)
class C(A): __slots__ = ('z',)
c = C(); c.x = 1; c.z = 2; print(c.x, c.z, hasattr(c, '__dict__'))
class D: __slots__ = 'single'
print(D.single)
class E: __slots__ = ('__dict__', 'a')
e = E(); e.a = 1; e.b = 2; print(e.__dict__, e.a)
class F: __slots__ = ('__weakref__',)
try:
    class G:
        __slots__ = ('x',)
        x = 1
except ValueError as e: print(e)
class H: __slots__ = ('__p',)
print(sorted(k for k in H.__dict__ if 'p' in k))
try:
    class I: __slots__ = (1,)
except TypeError as e: print(e)
try:
    class J: __slots__ = ('a b',)
except TypeError as e: print(e)
class K1: __slots__ = ('a',)
class K2: __slots__ = ('b',)
try:
    class K(K1, K2): pass
except TypeError as e: print(e)
try:
    class L(int): __slots__ = ('a',)
except TypeError as e: print(e)
class M(list): __slots__ = ('a',)
m = M(); m.a = 5; print(m.a)
try:
    class O: __slots__ = ('__dict__', '__dict__')
except TypeError as e: print(e)
try:
    class P(E): __slots__ = ('__dict__',)
except TypeError as e: print(e)
try: vars(A())
except TypeError as e: print(e)
try: object().x = 1
except AttributeError as e: print(e)
print(repr(A.x), A.x.__name__, A.x.__objclass__.__name__)
class Q: __slots__ = ['a', 'b']
q = Q(); q.a = 1; print(q.a)
class R:
    __slots__ = ('a',)
    def __init__(self): self.a = 10
print(R().a)
try: A.x.__get__(1)
except TypeError as e: print(e)
try:
    class S: __slots__ = ('x', 'x')
except Exception as e: print(type(e).__name__, e)
