# str subclass: str methods return plain str; overridden __str__/__repr__/__eq__; hash.
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("ada")
for r in [n.upper(), n + "x", n[0:2], n * 2, n.strip(), n.replace("a", "e"), n.shout(),
          "-".join([n, n]), f"{n}", str(n), n.format(), "%s" % n, n.title(), n[0]]:
    print(repr(r), type(r).__name__)
print(repr(n), len(n), n == "ada", "ada" == n, hash(n) == hash("ada"), n in {"ada": 1})
print(isinstance(n, str), type(n).__name__, n.__class__.__name__)
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("hi")
print(u, type(u).__name__, u.lower(), Upper("x") + Upper("y"))
print(sorted([Name("b"), Name("a")]), type(sorted([Name("b")])[0]).__name__)
print(n.split("d"), [type(p).__name__ for p in n.split("d")])
