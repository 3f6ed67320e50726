# hasattr/getattr default swallow only AttributeError
class A:
    @property
    def bad(self):
        raise ValueError("not an AttributeError")
    @property
    def missing(self):
        raise AttributeError("really missing")
    def __getattr__(self, name):
        if name == "dyn":
            return "dynamic"
        raise AttributeError(name)
a = A()
print(hasattr(a, "missing"), getattr(a, "missing", "default"))
try:
    hasattr(a, "bad")
except ValueError as e:
    print("ValueError", e)
try:
    getattr(a, "bad", "default")
except ValueError as e:
    print("ValueError", e)
print(hasattr(a, "dyn"), getattr(a, "dyn"), hasattr(a, "other"))
class KeyErr:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(KeyErr(), "x")
except KeyError as e:
    print("KeyError", e)
