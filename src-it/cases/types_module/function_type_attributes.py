# Function objects: defaults, keyword defaults, closures, globals, name and qualname changes, __dict__.
import types
def outer():
    hidden = "cell value"
    def inner(a, b=2, *, c=3):
        """Inner's docstring."""
        return a, b, c, hidden
    return inner
fn = outer()
print(fn.__name__, fn.__qualname__, fn.__defaults__, fn.__kwdefaults__, fn.__doc__)
print([c.cell_contents for c in fn.__closure__], fn.__code__.co_freevars, fn.__globals__ is globals())
fn.__defaults__ = (20,)
fn.__kwdefaults__ = {"c": 30}
print(fn(1))
fn.__name__ = "renamed"
fn.__qualname__ = "Outer.renamed"
print(fn.__name__, repr(fn).startswith("<function Outer.renamed at "))
fn.custom = "attr"
print(fn.__dict__, fn.custom)
copy = types.FunctionType(fn.__code__, fn.__globals__, "copy", fn.__defaults__, fn.__closure__)
print(copy(5), copy.__name__, copy.__kwdefaults__)
try:
    types.FunctionType(fn.__code__, {})
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
