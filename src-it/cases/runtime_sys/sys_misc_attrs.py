import sys
print(sys.version_info[:2], sys.version_info.major, sys.maxsize == 2 ** 63 - 1, sys.byteorder)
print(sys.implementation.name in ("cpython", "krait"), type(sys.path).__name__, sys.float_info.max, sys.float_info.epsilon)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf, sys.hash_info.nan)
print(sys.getdefaultencoding(), sys.stdout.encoding)
