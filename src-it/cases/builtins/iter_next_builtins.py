it = iter([1, 2])
print(next(it), next(it), next(it, "dflt"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
count = [0]
def counter():
    count[0] += 1
    return count[0]
print(list(iter(counter, 4)))
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(iter(Seq())), list(Seq()))
