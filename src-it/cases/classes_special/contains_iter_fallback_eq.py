# 'in' over __iter__ or __getitem__ compares with identity first, then ==, and stops at the first hit.
class Item:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print(f"eq {self.n}"); return isinstance(o, Item) and o.n == self.n
    __hash__ = object.__hash__
items = [Item(1), Item(2), Item(3)]
class Bag:
    def __iter__(self):
        print("iter"); return iter(items)
print(Item(2) in Bag())
print(items[2] in Bag())
class Seq:
    def __getitem__(self, i):
        return items[i]
print(Item(3) in Seq(), Item(9) in Seq())
print(items[0] in iter(items))
