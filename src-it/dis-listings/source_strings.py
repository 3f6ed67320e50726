import dis

dis.dis('a + b * c')
print('---')
dis.dis('x = [i for i in range(3)]\nprint(x)')
print('--- depth 0')
dis.dis('def f():\n    return lambda: 1', depth=0)
