# types.ModuleType makes an empty module object; attributes, repr, __dict__.
import types
import sys
m = types.ModuleType("plugin", "A plugin module.")
print(m.__name__, m.__doc__, repr(m), type(m) is type(sys))
m.x = 1
exec("def hello(): return 'hi from ' + __name__", m.__dict__)
print(m.hello(), m.x, sorted(k for k in m.__dict__ if not k.startswith("__")))
print(isinstance(sys, types.ModuleType), isinstance(types, types.ModuleType))
n = types.ModuleType("nodoc")
print(n.__doc__, n.__name__, sorted(n.__dict__))
try:
    n.missing
except AttributeError as e:
    print(e)
class MyModule(types.ModuleType):
    def __repr__(self):
        return f"<MyModule {self.__name__}>"
mm = MyModule("custom")
print(mm, isinstance(mm, types.ModuleType))
try:
    types.ModuleType()
except TypeError as e:
    print(type(e).__name__)
