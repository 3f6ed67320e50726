# What dis cannot disassemble, and stack_effect's argument checks.
import dis
import sys

for x in (42, None.__class__, 1.5):
    try:
        dis.dis(x) if not isinstance(x, type) else dis.code_info(x)
    except TypeError as e:
        print('TypeError', e)
try:
    dis.get_instructions(3.0)
except TypeError as e:
    print('TypeError', e)
try:
    dis.distb()
except RuntimeError as e:
    print('RuntimeError', e)
checks = [lambda: dis.stack_effect(dis.opmap['LOAD_CONST']),
          lambda: dis.stack_effect(dis.opmap['POP_TOP'], 1),
          lambda: dis.stack_effect(dis.opmap['LOAD_CONST'], 0, jump=2)]
for check in checks:
    try:
        check()
    except ValueError as e:
        print('ValueError', e)
