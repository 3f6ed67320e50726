import dis
import io

def f(x):
    if x:
        return 1
    return 2

out = io.StringIO()
dis.dis(f, file=out)
text = out.getvalue()
print(text.count('\n'), 'lines')
print(text)
bc = dis.Bytecode(f, first_line=100, current_offset=6)
print(bc.dis())
for instr in dis.Bytecode(f):
    print(instr.offset, instr.opname, instr.arg, repr(instr.argval), repr(instr.argrepr),
          instr.starts_line, instr.is_jump_target)
print(dis.Bytecode(f).exception_entries)
