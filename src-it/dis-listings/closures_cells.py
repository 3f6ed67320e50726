import dis

def counter(start):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count
    return step

dis.dis(counter)
