# ints beyond 32 bits use 'l': a signed count of 15-bit digits, least significant first.
import marshal

values = [2**31, -2**31 - 1, 2**62, -(2**63), 2**100 + 12345, -(3**80)]
for v in values:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    print(data[:1], len(data), back == v, type(back).__name__)
print(marshal.dumps(2**45))
print(marshal.dumps(-2**45))
x = 10**30
print(marshal.dumps(x))
