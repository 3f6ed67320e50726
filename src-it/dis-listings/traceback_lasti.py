import dis
import sys

def f(x):
    return 1 / x

try:
    f(0)
except ZeroDivisionError:
    tb = sys.exc_info()[2]
while tb.tb_next:
    tb = tb.tb_next
bc = dis.Bytecode.from_traceback(tb)
print(bc.current_offset, bc.codeobj.co_name)
print(bc.dis())
dis.distb(tb)
