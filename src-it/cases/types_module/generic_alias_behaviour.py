# A GenericAlias calls its origin, compares by origin and arguments, and forwards attributes.
import types
g = list[int]
print(g([1, 2]), g(), type(g("ab")).__name__)
print(dict[str, int](a=1), tuple[int, ...]((1, 2)))
print(g == list[int], g == list[str], g != list[int], g == list, hash(g) == hash(list[int]))
print({list[int]: "ok"}[list[int]])
print(g.append is list.append, g.__name__, g.__qualname__, g.__mro__)
print(g.__mro_entries__((g,)), g.__module__)
try:
    g[int]
except TypeError as e:
    print(e)
class Recorder:
    def __init__(self, *args):
        self.args = args
r = types.GenericAlias(Recorder, (int,))(1, 2)
print(r.args, r.__orig_class__)
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))
try:
    types.GenericAlias(list)
except TypeError as e:
    print(e)
try:
    types.GenericAlias(list, int, x=1)
except TypeError as e:
    print(e)
