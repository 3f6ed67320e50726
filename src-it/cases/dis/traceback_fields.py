# A traceback's frame, line and instruction offset, as dis.distb and Bytecode.from_traceback use them.
import dis
import sys

def f(x):
    return 1 / x

try:
    f(0)
except ZeroDivisionError:
    tb = sys.exc_info()[2]
print(tb.tb_frame.f_code.co_name, tb.tb_lineno, type(tb.tb_lasti).__name__)
last = tb.tb_next
print(last.tb_frame.f_code.co_name, last.tb_lineno, last.tb_next)
offsets = [i.offset for i in dis.get_instructions(last.tb_frame.f_code)]
print(last.tb_lasti in offsets)
op = [i for i in dis.get_instructions(f) if i.offset == last.tb_lasti][0]
print(op.opname, op.argrepr)
bc = dis.Bytecode.from_traceback(tb)
print(bc.codeobj.co_name, bc.current_offset == last.tb_lasti)
