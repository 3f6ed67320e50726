import weakref
class A:
    def hello(self):
        return "hello"
a = A()
wm = weakref.WeakMethod(a.hello)
print(wm()())
print(weakref.ref(a.hello)())
del a
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError")
