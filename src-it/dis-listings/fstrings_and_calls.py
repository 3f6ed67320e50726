import dis

def show(name, value):
    print(f'{name!r}: {value:>8}', sep='', end='\n')
    return f'{value!s}{name!a}'

dis.dis(show)
