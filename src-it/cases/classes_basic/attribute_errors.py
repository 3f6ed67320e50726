class C:
    __slots__ = ("a",)
c = C()
try:
    c.a
except AttributeError as e:
    print(e)
try:
    c.b = 1
except AttributeError as e:
    print(e)
class D:
    pass
try:
    D().missing
except AttributeError as e:
    print(e)
try:
    D.missing
except AttributeError as e:
    print(e)
