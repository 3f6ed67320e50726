z = -0.0
print(z, repr(z), z == 0.0, str(z), -z, 0.0 * -1.0)
import math
print(math.copysign(1, z), math.copysign(1, 0.0))
print(round(-0.4), round(-0.4, 1))
