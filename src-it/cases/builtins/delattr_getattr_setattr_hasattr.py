class C:
    cls_attr = "c"
o = C()
setattr(o, "x", 1)
print(getattr(o, "x"), getattr(o, "y", "dflt"), hasattr(o, "x"), hasattr(o, "y"), getattr(o, "cls_attr"))
delattr(o, "x")
print(hasattr(o, "x"))
for f in (lambda: getattr(o, "nope"), lambda: delattr(o, "nope"), lambda: getattr(o, 5), lambda: setattr(1, "a", 2)):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
