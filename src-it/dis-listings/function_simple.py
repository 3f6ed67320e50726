import dis

def add(a, b=1):
    total = a + b
    return total * 2

dis.dis(add)
