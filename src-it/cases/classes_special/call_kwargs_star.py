# __call__ with *args/**kwargs from the call site; keyword errors name the method.
class Greeter:
    def __call__(self, name, /, greeting="Hello", *, punct="!"):
        return f"{greeting}, {name}{punct}"
g = Greeter()
print(g("Ann"), g("Bob", "Hi"), g(*["Cy"], **{"punct": "?"}), g("Di", greeting="Yo"))
for call in [lambda: g(), lambda: g("x", "y", "z"), lambda: g(name="x"), lambda: g("x", bad=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
class Chain:
    def __init__(self): self.calls = []
    def __call__(self, x):
        self.calls.append(x)
        return self
c = Chain()
print(c(1)(2)(3).calls)
print(list(map(Greeter(), ["p", "q"])), sorted(["b", "a"], key=Greeter()))
