import sys
print(sys.version_info)
print(sys.float_info)
print(sys.int_info)
t = type(sys.float_info)
print(t, t.__name__, t.__qualname__, t.__module__, t.__mro__)
print(t.max, t.n_fields, t.n_sequence_fields, t.n_unnamed_fields)
print(t.__match_args__)
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, len(sys.float_info))
print(isinstance(sys.int_info, tuple), sys.version_info == (3, 11, 7, "final", 0))
print(t(range(11)))
print(sys.float_info.__reduce__()[1][0][6:])
for f in (lambda: t(), lambda: t((1, 2)), lambda: type(sys.version_info)((1, 2, 3, 4, 5)),
          lambda: setattr(sys.float_info, "max", 1), lambda: delattr(sys.float_info, "dig"),
          lambda: t.max.__get__(1), lambda: sys.float_info.foo):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    class X(t):
        pass
except TypeError as e:
    print(e)
print(sys.maxunicode, sys.maxsize, sys.byteorder, sys.platform, hex(sys.hexversion))
print(sys.hash_info.width, sys.hash_info.inf, sys.hash_info.imag)
print(type(sys.implementation).__name__, isinstance(sys.implementation.name, str))
