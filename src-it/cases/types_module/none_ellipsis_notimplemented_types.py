# NoneType, EllipsisType, NotImplementedType: their single instances, calls and errors.
import types
print(types.NoneType() is None, types.EllipsisType() is ..., types.NotImplementedType() is NotImplemented)
print(types.NoneType, types.EllipsisType, types.NotImplementedType)
print(isinstance(None, types.NoneType), isinstance(..., types.EllipsisType), type(NotImplemented) is types.NotImplementedType)
for t in [types.NoneType, types.EllipsisType, types.NotImplementedType]:
    try:
        t(1)
    except TypeError as e:
        print(e)
    try:
        class Sub(t):
            pass
    except TypeError as e:
        print(e)
print(repr(None), repr(...), repr(NotImplemented), bool(None), bool(...))
print(int | None == types.UnionType.__or__(int, None) if False else (int | None).__args__)
