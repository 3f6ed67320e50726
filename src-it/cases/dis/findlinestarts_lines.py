# findlinestarts gives the line of each instruction that starts a new line.
import dis

def f(x):
    y = x + 1
    if y:
        z = y * 2
    else:
        z = 0
    return z

lines = [line for offset, line in dis.findlinestarts(f.__code__)]
print(lines)
offsets = [offset for offset, line in dis.findlinestarts(f.__code__)]
print(offsets == sorted(offsets), offsets[0])
print([i.starts_line for i in dis.get_instructions(f) if i.starts_line is not None] == lines)
