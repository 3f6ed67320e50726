o = object()
print(type(o).__name__, o == o, o != object(), str(o)[:18], hasattr(o, "__dict__"))
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(object.__eq__(o, o), object.__ne__(o, o), object().__eq__(1))
