# ints that fit in 32 bits use the 'i' code; shared ones carry the FLAG_REF bit.
import marshal

for v in [0, 1, -1, 255, 256, 1000, -1000, 2**31 - 1, -2**31]:
    data = marshal.dumps(v)
    print(v, data, marshal.loads(data) == v)
