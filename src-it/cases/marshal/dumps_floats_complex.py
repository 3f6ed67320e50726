# floats and complex numbers as 8-byte IEEE doubles (version 2 and later).
import marshal
import math

for v in [0.0, -0.0, 1.5, -2.25, 1e300, 5e-324, math.pi]:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    print(repr(v), data, repr(back), math.copysign(1, back) == math.copysign(1, v))
for z in [1j, 1.5 - 2j, complex(-0.0, 3.0)]:
    print(repr(z), marshal.dumps(z), marshal.loads(marshal.dumps(z)) == z)
inf = marshal.loads(marshal.dumps(float('inf')))
nan = marshal.loads(marshal.dumps(float('nan')))
print(inf, nan, math.isnan(nan))
