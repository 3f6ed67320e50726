# Assigning or deleting a special method on a base reaches subclasses that do not override it.
class Base: pass
class Mid(Base): pass
class Leaf(Mid):
    def __str__(self): return "Leaf's own str"
objs = [Base(), Mid(), Leaf()]
def show(label):
    parts = []
    for o in objs:
        try:
            parts.append(f"{len(o)}")
        except TypeError:
            parts.append("-")
        parts.append(str(o) if type(o).__str__ is not object.__str__ else "obj")
    print(label, parts)
show("start")
Base.__len__ = lambda self: 1
Base.__str__ = lambda self: "Base str"
show("on base")
Mid.__len__ = lambda self: 2
show("on mid")
del Base.__len__
show("base deleted")
del Mid.__len__
show("mid deleted")
Base.__len__ = lambda self: 7
del Leaf.__str__
show("leaf str deleted")
try:
    del Leaf.__len__
except AttributeError as e:
    print("AttributeError", e)
