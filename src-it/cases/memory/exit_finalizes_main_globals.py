# At exit the __main__ module leaves sys.modules and its namespace, a cycle with its functions
# and classes, is collected: the finalizers of what it held run in the collector's order.
class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


a = Noisy(1)
b = [Noisy(2), Noisy(3)]


def f():
    pass


f.attr = Noisy(4)
c = Noisy(5)
c.me = c
print("main done")
