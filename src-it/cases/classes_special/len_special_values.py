# len() accepts what __index__ accepts; bool results and big values; __len__ = None.
class L:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
class Idx:
    def __index__(self): return 4
print(len(L(True)), len(L(False)), len(L(Idx())), len(L(2**31 - 1)))
class LenNone:
    __len__ = None
try:
    len(LenNone())
except TypeError as e:
    print(e)
print(bool(LenNone()) if False else "skip")
class GetLen:
    def __getattr__(self, name):
        return lambda: 3
try:
    len(GetLen())
except TypeError as e:
    print(e)
print(len([1, 2]), len("héllo"), len(b"ab"), len({1: 2}), len(range(10**6)), len(set()))
try:
    len(5)
except TypeError as e:
    print(e)
try:
    len(L(-1))
except ValueError as e:
    print(e)
