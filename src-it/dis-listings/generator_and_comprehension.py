import dis

def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i

def squares(xs):
    return {x: x * x for x in xs if x}

dis.dis(evens)
dis.dis(squares)
gen = evens(3)
print('--- generator object')
dis.dis(gen)
