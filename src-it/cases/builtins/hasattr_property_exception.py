class C:
    @property
    def boom(self):
        raise ValueError("prop error")
    @property
    def missing(self):
        raise AttributeError("really missing")
print(hasattr(C(), "missing"))
try:
    hasattr(C(), "boom")
except ValueError as e:
    print("propagated", e)
print(getattr(C(), "missing", "default"))
