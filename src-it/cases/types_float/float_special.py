inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf))
print(inf > 1e308, nan == nan, nan != nan, inf == inf, inf - inf)
print(float("-Infinity"), float("NaN"), float(" 1.5 "), float("1_0.5"), float("1e3"))
print(1e308 * 10, -1e308 * 10)
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0))
