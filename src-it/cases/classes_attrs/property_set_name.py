# property and __set_name__, __isabstractmethod__, and overriding in subclasses
class A:
    def _get(self):
        return "A"
    value = property(_get)
class B(A):
    @A.value.getter
    def value(self):
        return "B"
print(A().value, B().value)
print(hasattr(property, "__set_name__"))
p = property(lambda self: 1)
p.__set_name__(A, "named")
print(p.__isabstractmethod__)
def abstract(self): pass
abstract.__isabstractmethod__ = True
print(property(abstract).__isabstractmethod__, property(None, abstract).__isabstractmethod__)
class C:
    x = property(lambda self: self.__dict__.get("x", "class-level"))
c = C()
c.__dict__["x"] = "instance"
print(c.x)
try:
    c.x = 1
except AttributeError as e:
    print(e)
