# The public names of the types module and the classes they are.
import types
names = sorted(n for n in dir(types) if not n.startswith("_"))
print(names)
print(sorted(types.__all__) == names)
for n in names:
    v = getattr(types, n)
    if isinstance(v, type) and n != "ClassMethodDescriptorType":
        print(f"{n:26} {v.__name__:28} {v.__module__}")
print(types.LambdaType is types.FunctionType, types.BuiltinMethodType is types.BuiltinFunctionType)
