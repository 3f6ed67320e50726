def gen():
    yield 1
g = gen()
print(g.gi_running, g.gi_frame is not None, g.gi_frame.f_lineno)
next(g)
print(g.gi_running, g.gi_frame is not None, g.gi_frame.f_lineno)
list(g)
print(g.gi_running, g.gi_frame)
print(g.__name__, g.__qualname__, g.gi_code.co_name)
