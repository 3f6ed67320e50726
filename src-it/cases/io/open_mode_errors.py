# open()'s checks of its arguments, with CPython's messages.
import os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "m.txt")
open(p, "w").close()
cases = [
    ((p, "rw"), {}), ((p, "rr"), {}), ((p, "z"), {}), ((p, "rbt"), {}), ((p, "b"), {}), ((p, "+"), {}), ((p, ""), {}),
    ((p, "rb"), {"encoding": "utf-8"}), ((p, "rb"), {"errors": "strict"}), ((p, "rb"), {"newline": ""}),
    ((p, "r"), {"newline": "x"}), ((p, "rt", 0), {}), ((p, 5), {}), ((p,), {"encoding": 5}), ((3.5,), {}), ((None,), {}),
    ((p,), {"bogus": 1}), ((p, "r", "big"), {}),
]
for args, kwargs in cases:
    try:
        f = open(*args, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, str(e).replace(p, "<p>"))
    else:
        print("opened", type(f).__name__)
        f.close()
for mode in ("r", "rb", "r+", "w+b", "a", "ab+", "x"):
    if mode == "x":
        os.remove(p)
    f = open(p, mode)
    print(mode, type(f).__name__, getattr(f, "mode", None), f.readable(), f.writable(), f.seekable())
    f.close()
os.remove(p)
os.rmdir(d)
