code = compile("x * 2", "<expr>", "eval")
print(eval(code, {"x": 21}), code.co_filename, code.co_name)
stmts = compile("y = 5\nprint('exec ran', y)", "<stmts>", "exec")
ns = {}
exec(stmts, ns)
print(ns["y"])
single = compile("1 + 1", "<single>", "single")
exec(single)
print(eval("a + b", {"a": 1}, {"b": 2}), eval("len('abc')"))
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.filename)
try:
    compile("1", "<m>", "nope")
except ValueError as e:
    print(e)
