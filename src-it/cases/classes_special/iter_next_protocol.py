# iter() and next() through __iter__/__next__, with their errors.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        print("__iter__"); return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)))
for x in Countdown(2):
    print("got", x)
class BadIter:
    def __iter__(self): return 42
class NoNext:
    def __iter__(self): return self
for obj in [BadIter(), NoNext(), object(), 5]:
    try:
        iter(obj)
    except TypeError as e:
        print(e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print(e)
try:
    next(object())
except TypeError as e:
    print(e)
it = Countdown(1)
print(next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print(e)
