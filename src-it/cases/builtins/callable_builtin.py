class C:
    def __call__(self):
        return 1
class D:
    pass
print(callable(len), callable(C), callable(C()), callable(D()), callable(1), callable(lambda: 0), callable(print))
