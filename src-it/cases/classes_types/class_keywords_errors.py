# Class statement keyword arguments reaching object.__init_subclass__
try:
    class A(foo=1): pass
except TypeError as e:
    print(e)
try:
    class B(object, a=1, b=2): pass
except TypeError as e:
    print(e)
try:
    type("C", (), {}, x=1)
except TypeError as e:
    print(e)
try:
    class D(1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class E(int, int): pass
except TypeError as e:
    print(e)
try:
    class F(True.__class__): pass
except TypeError as e:
    print(e)
try:
    class G(type(None)): pass
except TypeError as e:
    print(e)
class H(*[object]): pass
print(H.__bases__)
