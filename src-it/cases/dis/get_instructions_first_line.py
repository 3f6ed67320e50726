# get_instructions(first_line=) shifts the lines.
import dis

def f():
    a = 1
    return a

print([i.starts_line for i in dis.get_instructions(f) if i.starts_line])
print([i.starts_line for i in dis.get_instructions(f, first_line=1) if i.starts_line])
print([i.positions.lineno for i in dis.get_instructions(f, first_line=50)][1:])
