# opname and opmap describe the same instructions, with CPython 3.11's names.
import dis

print(len(dis.opname))
print(all(dis.opname[code] == name for name, code in dis.opmap.items()))
for name in ['LOAD_CONST', 'LOAD_FAST', 'STORE_NAME', 'RETURN_VALUE', 'BINARY_OP', 'CALL', 'PRECALL',
             'RESUME', 'FOR_ITER', 'JUMP_BACKWARD', 'KW_NAMES', 'EXTENDED_ARG', 'MAKE_FUNCTION']:
    print(name, name in dis.opmap)
print(dis.opname[dis.EXTENDED_ARG])
print(dis.cmp_op)
print(dis.hasjabs, dis.hasnargs)
