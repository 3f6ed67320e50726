import dis

src = 'while x:\n' + ''.join(f'    y{i} = x\n' for i in range(300)) + 'z = 1\n'
code = compile(src, '<long>', 'exec')
lines = dis.Bytecode(code).dis().splitlines()
for i, line in enumerate(lines):
    if 'JUMP' in line:
        print(lines[i - 1])
        print(line)
