# "fmt" % obj: str's formatting runs first; __rmod__ only wins for str subclasses.
class RMod:
    def __rmod__(self, other):
        print("RMod.__rmod__", repr(other)); return "rmod"
    def __repr__(self): return "RMod()"
try:
    print("abc" % RMod())
except TypeError as e:
    print("TypeError", e)
print("%r" % RMod())
print("%s and %s" % (RMod(), RMod()))
class StrSub(str):
    def __rmod__(self, other):
        print("StrSub.__rmod__", repr(other)); return "strsub"
print("abc" % StrSub("x"))
print(5 % RMod(), 5.5 % RMod())
class Mapping:
    def __getitem__(self, key): return key.upper()
print("%(name)s-%(x)s" % Mapping())
try:
    "%d" % RMod()
except TypeError as e:
    print(e)
print(b"%s" % b"x", b"%d" % 3)
try:
    b"x" % RMod()
except TypeError as e:
    print(e)
