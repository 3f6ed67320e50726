# hasconst, hasname, haslocal, hasfree, hasjrel and hascompare classify the opcodes.
import dis

def names(codes):
    return sorted(dis.opname[c] for c in codes)

print(names(dis.hasconst))
print(names(dis.haslocal))
print(names(dis.hascompare))
print('LOAD_GLOBAL' in names(dis.hasname), 'LOAD_ATTR' in names(dis.hasname), 'IMPORT_NAME' in names(dis.hasname))
print('LOAD_DEREF' in names(dis.hasfree), 'MAKE_CELL' in names(dis.hasfree), 'LOAD_CLOSURE' in names(dis.hasfree))
print('FOR_ITER' in names(dis.hasjrel), 'JUMP_FORWARD' in names(dis.hasjrel), 'SEND' in names(dis.hasjrel))
print('LOAD_FAST' in names(dis.hasjrel), 'RETURN_VALUE' in names(dis.hasconst))
