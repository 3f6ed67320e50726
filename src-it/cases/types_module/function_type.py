# types.FunctionType: functions and lambdas are its instances; building one from a code object.
import types
def add(a, b=2):
    return a + b
print(isinstance(add, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(len, types.FunctionType), isinstance(print, types.BuiltinFunctionType))
print(type(add).__name__, types.FunctionType.__name__, repr(types.FunctionType))
code = add.__code__
print(isinstance(code, types.CodeType), code.co_name, code.co_argcount, code.co_varnames)
clone = types.FunctionType(code, globals())
print(clone(1, 5), clone.__name__, clone.__defaults__)
named = types.FunctionType(code, globals(), "renamed", (10,))
print(named(1), named.__name__, named.__defaults__)
try:
    types.FunctionType("not code", {})
except TypeError as e:
    print(type(e).__name__)
class C:
    def method(self):
        return "m"
print(isinstance(C.method, types.FunctionType), isinstance(C().method, types.MethodType))
