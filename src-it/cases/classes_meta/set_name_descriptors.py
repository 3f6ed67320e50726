# __set_name__ is called for each namespace entry, in definition order
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.owner = owner
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset " + self.name)
class Model:
    b = Field()
    a = Field()
    def method(self): pass
m = Model()
print(m.a, m.b, Model.a.owner.__name__)
m.__dict__["a"] = 1
print(m.a)
f = Field()
class Later: pass
Later.x = f
print(hasattr(f, "name"))
T = type("T", (), {"c": Field()})
print(T.c.name)
class Shared:
    one = two = Field()
print(Shared.one.name)
