# is_jump_target marks where loops and conditions jump to.
import dis

def f(n):
    while n:
        n -= 1
    return n

targets = [i.opname for i in dis.get_instructions(f) if i.is_jump_target]
print(targets)
jumps = [i for i in dis.get_instructions(f) if i.opcode in dis.hasjrel]
offsets = {i.offset for i in dis.get_instructions(f)}
print(all(j.argval in offsets for j in jumps))
print(all(j.argrepr == f'to {j.argval}' for j in jumps))
