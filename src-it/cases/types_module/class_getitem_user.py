# __class_getitem__ on user classes: implicitly a class method; GenericAlias as its result.
import types
class Box:
    @classmethod
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
class Sub(Box):
    pass
print(Sub[str])
class Generic:
    @classmethod
    def __class_getitem__(cls, params):
        return types.GenericAlias(cls, params)
alias = Generic[int, str]
print(alias, alias.__origin__ is Generic, alias.__args__)
print(type(alias()).__name__, alias().__orig_class__)
class NotSubscriptable:
    pass
try:
    NotSubscriptable[int]
except TypeError as e:
    print(e)
try:
    int[str]
except TypeError as e:
    print(e)
class Inst:
    @classmethod
    def __class_getitem__(cls, item): return "class"
    def __getitem__(self, item): return "instance"
print(Inst[0], Inst()[0])
