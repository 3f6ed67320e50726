# BuiltinFunctionType, MethodDescriptorType, WrapperDescriptorType, MethodWrapperType, CellType.
import types
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(str.join, types.MethodDescriptorType), isinstance(object.__init__, types.WrapperDescriptorType))
print(isinstance((1).__add__, types.MethodWrapperType), isinstance(int.__add__, types.WrapperDescriptorType))
print(type(len).__name__, type(str.join).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
print(repr(str.join), repr(int.__add__), repr(list.append))
def make():
    v = 5
    return lambda: v
cell = make().__closure__[0]
print(isinstance(cell, types.CellType), cell.cell_contents)
c = types.CellType(7)
print(c.cell_contents)
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as e:
    print("ValueError", e)
print(isinstance(float.real, types.GetSetDescriptorType))
class S:
    __slots__ = ("x",)
print(isinstance(S.x, types.MemberDescriptorType), repr(S.x))
