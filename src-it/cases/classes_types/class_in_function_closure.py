# Classes made in functions: closures, __qualname__, distinct class objects
def make(n):
    class Counter:
        start = n
        def get(self):
            return n * 10
    return Counter
A, B = make(1), make(2)
print(A is B, A.__qualname__, A.start, B.start, A().get(), B().get())
print(isinstance(A(), B), A.__name__ == B.__name__)
def outer():
    x = "captured"
    class C:
        y = x
        def m(self):
            return x
    return C
C = outer()
print(C.y, C().m())
class K:
    v = 1
    items = [v for _ in range(2)] if False else None
    def f(self):
        return v if False else "ok"
print(K.items, K().f())
try:
    class L:
        v = 5
        items = [v * i for i in range(3)]
except NameError as e:
    print(e)
