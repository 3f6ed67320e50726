# Bytecode wraps a code object: iteration, first_line, codeobj, info().
import dis

def f(a):
    return a * 2

b = dis.Bytecode(f)
print(b.codeobj is f.__code__, b.first_line == f.__code__.co_firstlineno)
print([i.opname for i in b])
print([i.opname for i in b] == [i.opname for i in dis.get_instructions(f)])
print(b.info() == dis.code_info(f))
print(b.current_offset, b.exception_entries)
b2 = dis.Bytecode(f, first_line=100)
print(b2.first_line, [i.starts_line for i in b2 if i.starts_line])
print(repr(dis.Bytecode('1 + x')))
