print(NotImplemented, type(NotImplemented).__name__, repr(NotImplemented))
class A:
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
    def __add__(self, o):
        return NotImplemented
class B:
    def __radd__(self, o):
        return "B.__radd__"
    def __eq__(self, o):
        print("B.__eq__")
        return NotImplemented
print(A() + B())
print(A() == B())
try:
    A() + 1
except TypeError as e:
    print(e)
