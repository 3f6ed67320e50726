# Builtin types that cannot be subclassed, and the error for each.
import types
def f(): pass
def g(): yield
for base in [bool, range, slice, memoryview, type(None), type(...), type(NotImplemented),
             types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.GeneratorType,
             types.MappingProxyType, types.CellType]:
    try:
        class Sub(base):
            pass
        print(base.__name__, "subclassable")
    except TypeError as e:
        print(e)
for base in [int, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
             object, type, Exception, types.SimpleNamespace, types.ModuleType]:
    class Sub(base):
        pass
    print(base.__name__, Sub.__mro__[1].__name__, Sub.__base__ is base)
