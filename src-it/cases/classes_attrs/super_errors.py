# super()'s error messages
class A:
    def f(self):
        return "A.f"
class B(A):
    pass
def attempt(f):
    try:
        print("ok", f())
    except (TypeError, RuntimeError, AttributeError) as e:
        print(type(e).__name__, e)
attempt(lambda: super(B, 1))
attempt(lambda: super(1, B()))
attempt(lambda: super(B, A()))
attempt(lambda: super(B, A))
attempt(lambda: super(B, B()).nothing)
attempt(lambda: super(B, B(), 3))
attempt(lambda: super(B, obj=B()))
attempt(lambda: super())
def no_args():
    return super()
attempt(no_args)
class C:
    def method(self):
        del self
        return super()
attempt(lambda: C().method())
class D:
    def m():
        return super()
attempt(D.m)
attempt(lambda: super(B, B()).f())
