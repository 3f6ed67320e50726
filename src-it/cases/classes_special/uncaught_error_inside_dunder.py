# An exception raised inside a special method: the traceback shows the dunder's frame.
class Ratio:
    def __init__(self, n, d): self.n, self.d = n, d
    def __float__(self):
        return self.n / self.d
print(float(Ratio(1, 4)))
print(float(Ratio(1, 0)))
