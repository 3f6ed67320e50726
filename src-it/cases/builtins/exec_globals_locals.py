g = {"base": 10}
l = {}
exec("result = base + 5\ndef f():\n    return base * 2\n", g, l)
print(l["result"], sorted(l), l["f"](), "__builtins__" in g)
exec("import math as m", g)
print(g["m"].__name__)
print(eval("__name__", {"__name__": "custom"}))
try:
    eval("undefined_q")
except NameError as e:
    print(e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print(e)
