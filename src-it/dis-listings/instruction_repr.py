import dis

def f(a):
    return a.upper(sep=1)

for instr in dis.get_instructions(f):
    print(instr)
print(dis.get_instructions(f, first_line=10).__next__().starts_line)
