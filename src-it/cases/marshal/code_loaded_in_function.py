# A loaded code object becomes a function's body through exec of a def.
import marshal

src = 'def add(a, b=10):\n    return a + b\n'
module_code = marshal.loads(marshal.dumps(compile(src, 'adder', 'exec')))
ns = {}
exec(module_code, ns)
add = ns['add']
print(add(1), add(1, 2), add.__name__, add.__code__.co_filename)
print(add.__defaults__)
