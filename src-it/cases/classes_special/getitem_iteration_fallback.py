# Without __iter__, iteration calls __getitem__ with 0, 1, ... until IndexError.
class Seq:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()))
print(20 in Seq())
print(99 in Seq())
a, b, c = Seq()
print(a, b, c)
it = iter(Seq())
print(type(it).__name__, next(it))
class StopsWithStop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsWithStop()))
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print("KeyError", e)
class NotIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NotIter())
except TypeError as e:
    print(e)
print(sorted(Seq(), reverse=True))
