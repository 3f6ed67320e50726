class Dyn:
    real = "real"
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.xyz, getattr(d, "xa"), hasattr(d, "y"))
try:
    d.other
except AttributeError as e:
    print(e)
