# More consumers of iterables and arguments release what they read, on success or error: unpacking,
# itertools, functools.reduce, str.format with attribute and index chains, filter with a raising predicate.
import weakref, itertools, functools, operator, collections, heapq, bisect
class X: pass
def check(name, fn):
    x = X()
    r = weakref.ref(x)
    def gen():
        yield x
        yield 1
        yield "s"
    try:
        fn(gen())
    except Exception:
        pass
    del x
    print(name, r() is None)
def unpack(g):
    a, b = g
check("assign-unpack-err", unpack)
def star(g):
    a, *b, c, d, e = g
check("star-unpack-err", star)
check("list+sort-err", lambda g: list(g).sort())
check("tuple-err", lambda g: tuple(v + 1 for v in g))
check("set-ops", lambda g: set(g) | {[]})
check("zip-strict", lambda g: list(zip(g, [1], strict=True)))
check("map-2", lambda g: list(map(operator.add, g, g)))
check("functools.reduce", lambda g: functools.reduce(operator.add, g))
check("itertools.chain", lambda g: list(itertools.chain(g, [1])))
check("itertools.accumulate", lambda g: list(itertools.accumulate(g)))
check("itertools.groupby", lambda g: [list(v) for k, v in itertools.groupby(g, key=type)])
check("heapq.heapify", lambda g: heapq.heapify(list(g)))
check("collections.Counter", lambda g: collections.Counter(g))
check("str.format", lambda g: "{}{}{}".format(*g))
check("% format", lambda g: "%s %s %s" % tuple(g))
check("list.index", lambda g: list(g).index(object()))
check("list.remove", lambda g: list(g).remove(object()))
check("sum-float", lambda g: sum(g, 0.0))
check("print-sep", lambda g: print(*g, sep=object()))
check("max-default", lambda g: max(g, default=None))
check("dict.update", lambda g: {}.update(g))
check("list slice assign", lambda g: list(range(3)).__setitem__(slice(0, 1), g))
check("bytearray.extend", lambda g: bytearray().extend(g))
check("str.join-nonstr", lambda g: "".join(g))
check("sorted-key-err", lambda g: sorted(g, key=lambda v: v + 1))
check("enumerate-list", lambda g: list(enumerate(g)))
check("filter-list", lambda g: list(filter(lambda v: v + 1, g)))
