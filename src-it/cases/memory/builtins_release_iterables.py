# Builtins that consume an iterable release it and what they read, on success, early exit or error:
# the object a generator yielded dies when the call returns, as in CPython.
import weakref
class X: pass
def check(name, fn):
    x = X()
    r = weakref.ref(x)
    def gen():
        yield x
        yield 1
        yield 2
    try:
        fn(gen())
    except Exception as e:
        pass
    del x
    print(name, r() is None)
check("any", lambda g: any(g))
check("all", lambda g: all(v is None for v in g))
check("sum-err", lambda g: sum(g))
check("min", lambda g: min(g, key=id))
check("max-err", lambda g: max(g))
check("sorted-err", lambda g: sorted(g))
check("list", lambda g: list(g))
check("tuple", lambda g: tuple(g))
check("set", lambda g: set(g))
check("dict-err", lambda g: dict(g))
check("join-err", lambda g: ",".join(g))
check("in", lambda g: 1 in g)
check("next", lambda g: next(g))
check("zip", lambda g: list(zip(g, "a")))
check("enumerate-next", lambda g: next(enumerate(g)))
check("map-next", lambda g: next(map(str, g)))
check("filter-next", lambda g: next(filter(None, g)))
check("unpack-err", lambda g: (lambda a, b: 0)(*g))
check("for-break", lambda g: [0 for v in g if (_ for _ in ()).close() or True][:0])
check("list.extend", lambda g: [].extend(g))
check("bytes-err", lambda g: bytes(g))
check("frozenset", lambda g: frozenset(g))
check("str.join-list", lambda g: "".join(str(v) for v in g))
check("sum-start", lambda g: sum(g, []))
check("iter-sentinel", lambda g: next(iter(g.__next__, 1)))
check("reversed-list", lambda g: list(reversed(list(g))))
check("dict.fromkeys", lambda g: dict.fromkeys(g))
check("set.update", lambda g: set().update(g))
check("deque", lambda g: __import__("collections").deque(g, maxlen=1))
check("itertools.islice", lambda g: list(__import__("itertools").islice(g, 1)))
check("set.difference_update", lambda g: {1}.difference_update(g))
check("set.isdisjoint", lambda g: {1}.isdisjoint(g))
check("f(*list)", lambda g: (lambda *a: None)(*list(g)))
