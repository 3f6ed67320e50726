import weakref
def f():
    return 1
r = weakref.ref(f, lambda r: print("function gone"))
print(r()())
del f
print("after del f")
