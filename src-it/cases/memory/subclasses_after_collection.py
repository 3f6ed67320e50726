# __subclasses__() lists the live subclasses only: a collected class leaves its bases' lists.
import gc


class Base:
    pass


def make(n):
    return type("Made%d" % n, (Base,), {"n": n})


kept = make(0)
for i in range(1, 5):
    make(i)
gc.collect()
print(sorted(c.__name__ for c in Base.__subclasses__()))
print(kept.n, kept.__mro__[1] is Base)
