# __class_getitem__ is an implicit classmethod
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
print(type(Box.__dict__["__class_getitem__"]).__name__)
class Sub(Box): pass
print(Sub[str])
try:
    Box()[0]
except TypeError as e:
    print(e)
class Plain: pass
try:
    Plain[int]
except TypeError as e:
    print(e)
class Meta(type):
    def __getitem__(cls, item):
        return "meta " + str(item)
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(Both[3])
