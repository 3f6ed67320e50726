import dis

def count(items, limit):
    n = 0
    for x in items:
        if x > limit:
            break
        elif x == 0:
            continue
        n += x
    while n > 100:
        n //= 2
    return n

dis.dis(count)
