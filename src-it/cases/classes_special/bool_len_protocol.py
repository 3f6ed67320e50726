# truth: __bool__ first, then __len__, else true; their errors.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("__bool__"); return self.v
    def __len__(self):
        print("__len__"); return 3
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("__len__"); return self.n
print(bool(B(False)), bool(L(0)), bool(L(2)), bool(object()))
print("yes" if L(1) else "no", not L(0))
for obj, label in [(B(1), "bool returns int"), (B("s"), "bool returns str"), (L(-1), "len -1"),
                   (L(1.5), "len float"), (L(2**100), "len huge"), (L("x"), "len str")]:
    try:
        print(label, bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, "->", type(e).__name__, e)
for obj in [L(-2), L(2**70), L(None)]:
    try:
        len(obj)
    except (TypeError, ValueError, OverflowError) as e:
        print("len ->", type(e).__name__, e)
class IntSub(int): pass
print(len(L(IntSub(4))), bool(L(True)))
