# Subclasses of subclasses of builtins: method resolution, super() into the builtin, repr.
class Base(list):
    def describe(self):
        return f"{type(self).__name__} of {len(self)}"
    def append(self, x):
        print("Base.append", x)
        super().append(x)
class Child(Base):
    def append(self, x):
        print("Child.append", x)
        super().append(x * 10)
c = Child([1])
c.append(2)
print(c, c.describe(), isinstance(c, list), Child.__mro__)
print(list.__repr__(c), type(c + []).__name__, c.copy().__class__.__name__)
class Mixin:
    def total(self):
        return sum(self.values())
    def __repr__(self):
        return f"<{type(self).__name__} total={self.total()}>"
class DictFirst(dict, Mixin):
    pass
print(repr(DictFirst(x=5)), DictFirst(x=5).total())
