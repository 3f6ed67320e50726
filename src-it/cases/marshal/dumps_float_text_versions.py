# Versions 0 and 1 write floats as text with 17 significant digits.
import marshal

for v in [0.1, 1.5, -2.0, 1e100, 1e-7, float('inf'), -float('inf'), 123456789.125]:
    for version in (0, 1):
        data = marshal.dumps(v, version)
        print(version, data, marshal.loads(data))
print(marshal.dumps(1+2j, 1))
print(marshal.loads(marshal.dumps(0.5 - 0.25j, 0)))
