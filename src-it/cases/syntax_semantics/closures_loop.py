fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def make(n):
    return lambda x: x + n
adders = [make(k) for k in range(3)]
print([a(10) for a in adders])
