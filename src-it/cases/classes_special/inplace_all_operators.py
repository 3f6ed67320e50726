# Every in-place operator calls its own dunder with the right argument.
class Acc:
    def __init__(self):
        self.log = []
for name in ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift",
             "irshift", "iand", "ior", "ixor", "imatmul"]:
    def make(n):
        def f(self, o):
            self.log.append((n, o))
            return self
        return f
    setattr(Acc, f"__{name}__", make(name))
a = Acc()
a += 1; a -= 2; a *= 3; a /= 4; a //= 5; a %= 6; a **= 7
a <<= 8; a >>= 9; a &= 10; a |= 11; a ^= 12; a @= 13
for entry in a.log:
    print(entry)
l = [1]
l2 = l
l += [2]
print(l is l2, l)
t = (1,)
t2 = t
t += (2,)
print(t is t2, t)
