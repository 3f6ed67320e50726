import math
print(math.pi, math.e, math.tau, math.inf)
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001))
print(math.sin(0), math.cos(0), math.atan2(1, 1), math.hypot(3, 4))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.gcd(12, 18), math.factorial(20), math.isclose(0.1 + 0.2, 0.3), math.copysign(3, -0.0))
print(math.fabs(-2), math.fmod(-7, 3), -7 % 3, math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
