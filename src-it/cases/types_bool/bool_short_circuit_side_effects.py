calls = []
def t(v):
    calls.append(v)
    return v
r = t(0) or t(0) or t(3) or t(4)
print(r, calls)
calls.clear()
r = t(1) and t(2) and t(0) and t(5)
print(r, calls)
