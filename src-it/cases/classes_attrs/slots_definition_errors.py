# Errors when a class defines __slots__
def attempt(ns, bases=()):
    try:
        t = type("T", bases, ns)
        print("ok", sorted(k for k in t.__dict__ if not k.startswith("__") or k in ("__dict__", "__weakref__")))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
attempt({"__slots__": ("a", 1)})
attempt({"__slots__": ("a b",)})
attempt({"__slots__": ("a", "a")})
attempt({"__slots__": "a", "a": 5})
attempt({"__slots__": ("__dict__", "__dict__")})
attempt({"__slots__": ("__weakref__", "__weakref__")})
attempt({"__slots__": ("x",)}, (int,))
attempt({"__slots__": ()}, (int,))
attempt({"__slots__": ("x",)}, (tuple,))
attempt({"__slots__": 5})
attempt({"__slots__": ("__dict__",)}, (type("D", (), {}),))
attempt({"__slots__": "single"})
attempt({"__slots__": ["l1", "l2"]})
attempt({"__slots__": {"d1": "doc1", "d2": "doc2"}})
attempt({"__slots__": iter(["i1"])})
