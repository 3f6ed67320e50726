import weakref
class A:
    pass
a = A()
f = weakref.finalize(a, print, "bye")
obj, func, args, kwargs = f.peek()
print(obj is a, func is print, args, kwargs)
print(f.atexit)
f.atexit = False
print(f.atexit)
del obj
del a
print(f.peek())
