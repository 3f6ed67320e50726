# it.__next__() on an exhausted builtin iterator raises StopIteration (not a missing value).
makers = [
    ("list", lambda: iter([])), ("tuple", lambda: iter(())), ("range", lambda: iter(range(0))),
    ("dict", lambda: iter({})), ("str", lambda: iter("")), ("set", lambda: iter(set())),
    ("bytes", lambda: iter(b"")), ("reversed", lambda: reversed([])),
    ("enumerate", lambda: enumerate([])), ("zip", lambda: zip()), ("map", lambda: map(abs, [])),
    ("filter", lambda: filter(None, [])), ("items", lambda: iter({}.items())),
    ("generator", lambda: (x for x in ())),
]
for name, make in makers:
    step = make().__next__
    try:
        value = step()
        print(name, "returned", value)
    except StopIteration as e:
        print(name, repr(e))
it = iter([1])
step = it.__next__
print(step())
try:
    value = step()
except StopIteration:
    print("exhausted after one")
