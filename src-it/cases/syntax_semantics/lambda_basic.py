sq = lambda x: x * x
print(sq(7), (lambda: "none")(), (lambda *a, **k: (a, sorted(k)))(1, 2, b=3, a=4))
print(sq.__name__)
print((lambda x, y=2: x ** y)(3))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(5) + "!")
