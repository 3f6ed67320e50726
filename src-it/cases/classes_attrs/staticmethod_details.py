# staticmethod: callable since 3.10, attributes, binding
class A:
    @staticmethod
    def add(a, b):
        "add doc"
        return a + b
    twice = staticmethod(lambda x: x * 2)
    inner = add(1, 2)
print(A.add(1, 2), A().add(3, 4), A.inner, A.twice(5))
sm = A.__dict__["add"]
print(type(sm).__name__, callable(sm), sm(10, 20))
print(sm.__func__.__name__, sm.__wrapped__ is sm.__func__, sm.__doc__, sm.__name__, sm.__qualname__)
print(sm.__get__(None, A) is sm.__func__, sm.__get__(A()) is sm.__func__)
print(sm.__isabstractmethod__)
try:
    staticmethod()
except TypeError as e:
    print(e)
try:
    staticmethod(len, 1)
except TypeError as e:
    print(e)
s = staticmethod(len)
print(s("abc"), s.__func__ is len)
print(isinstance(A.add, staticmethod), type(A.add).__name__)
