# super() in nested functions, comprehensions and after rebinding self
class A:
    def f(self):
        return "A.f"
class B(A):
    def nested(self):
        def inner():
            return super().f()
        try:
            return inner()
        except RuntimeError as e:
            return "RuntimeError " + str(e)
    def via_lambda(self):
        g = lambda: super(B, self).f()
        return g()
    def rebound(self):
        self = A()
        try:
            return super().f()
        except TypeError as e:
            return "TypeError " + str(e)
    def comp(self):
        return [super().f() for _ in range(1)]
b = B()
print(b.nested())
print(b.via_lambda())
print(b.rebound())
try:
    print(b.comp())
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
