print(len("abc"), len([1]), len({}), len(range(10)), len(b"xy"), len({1, 2}), len((1,)))
class L:
    def __len__(self):
        return 5
print(len(L()))
for bad in (5, None, iter([])):
    try:
        len(bad)
    except TypeError as e:
        print(e)
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print(e)
