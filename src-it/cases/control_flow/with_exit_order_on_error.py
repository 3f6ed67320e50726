class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
    def __exit__(self, *a):
        print("exit", self.n, a[0].__name__ if a[0] else None)
try:
    with CM(1), CM(2):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)
