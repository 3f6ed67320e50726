# resolve_bases: classes pass through, __mro_entries__ expands, the result is a tuple.
import types
class A: pass
class B: pass
class Expands:
    def __init__(self, *targets): self.targets = targets
    def __mro_entries__(self, bases):
        print("__mro_entries__ got", len(bases), "bases")
        return self.targets
orig = (A, Expands(B), int)
print(types.resolve_bases(orig))
print(types.resolve_bases((Expands(),)), types.resolve_bases(()))
same = (A, B)
print(types.resolve_bases(same) is same)
print(types.resolve_bases([A]))
print(types.resolve_bases((list[int], A)))
class NoEntries:
    pass
print(types.resolve_bases((NoEntries(),))[0].__class__.__name__)
C = types.new_class("C", (list[int],))
print(C.__bases__, C.__orig_bases__, C([1, 2]))
