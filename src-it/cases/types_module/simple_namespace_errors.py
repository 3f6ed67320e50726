# SimpleNamespace edge cases: non-string keys, attribute deletion, comparison with other types.
import types
ns = types.SimpleNamespace(x=1)
try:
    types.SimpleNamespace(**{1: 2})
except TypeError as e:
    print(e)
try:
    del ns.y
except AttributeError as e:
    print(e)
setattr(ns, "with space", 2)
print(ns, getattr(ns, "with space"))
print(ns == ns, ns == 1, ns != object(), ns.__eq__(1))
try:
    ns < ns
except TypeError as e:
    print(e)
ns.__dict__.clear()
print(ns, vars(ns))
