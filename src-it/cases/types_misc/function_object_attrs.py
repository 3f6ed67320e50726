def outer(a, b=2):
    """Outer doc."""
    def inner():
        return a
    return inner
print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__module__, outer.__defaults__)
fn = outer(1)
print(fn.__name__, fn.__qualname__, fn.__doc__, type(fn).__name__, callable(fn))
print(type(fn.__closure__[0]).__name__, fn.__closure__[0].cell_contents)
print(fn.__globals__ is globals(), outer.__code__.co_name)
fn.__name__ = "renamed"
print(fn.__name__, repr(fn).split(" at ")[0])
