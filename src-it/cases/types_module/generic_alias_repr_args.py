# list[int] and friends: repr, __origin__, __args__, __parameters__ and the class of the alias.
import types
class Node: pass
aliases = [list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[str]],
           type[int], list[Node], list["Forward"], list[None], dict[str, len], enumerate[str],
           list[[int, str]], frozenset[bytes]]
for a in aliases:
    print(repr(a), a.__origin__, a.__args__, a.__parameters__)
g = list[int]
print(type(g), type(g) is types.GenericAlias, type(g).__name__, type(g).__module__)
print(isinstance(g, type), g.__class__.__name__, g.__unpacked__)
print(list[int, str], dict[str], list[list][list])
