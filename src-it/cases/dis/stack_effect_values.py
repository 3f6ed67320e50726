# stack_effect of common instructions.
import dis

op = dis.opmap
print(dis.stack_effect(op['LOAD_CONST'], 0))
print(dis.stack_effect(op['POP_TOP']))
print(dis.stack_effect(op['BUILD_LIST'], 3), dis.stack_effect(op['BUILD_MAP'], 2))
print(dis.stack_effect(op['BINARY_OP'], 0))
print(dis.stack_effect(op['RETURN_VALUE']))
print(dis.stack_effect(op['UNPACK_SEQUENCE'], 3))
print(dis.stack_effect(op['FOR_ITER'], 5), dis.stack_effect(op['FOR_ITER'], 5, jump=True),
      dis.stack_effect(op['FOR_ITER'], 5, jump=False))
print(dis.stack_effect(op['STORE_FAST'], 1), dis.stack_effect(op['BUILD_TUPLE'], 0))
