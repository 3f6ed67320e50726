def gen():
    yield 1
g = gen()
print(type(g).__name__, g.__name__, g.gi_code.co_name, g.gi_running, g.gi_yieldfrom)
print(iter(g) is g, hasattr(g, "send"), hasattr(g, "__next__"))
