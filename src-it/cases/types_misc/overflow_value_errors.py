import math
cases = [
    "float(10**400)", "int(float('inf'))", "int(float('-inf'))", "int(float('nan'))", "chr(0x110000)", "chr(-1)",
    "len(range(2**64))", "[].insert(10**100, 1)", "'a'[10**100]", "[1][10**100]", "(1,)[-10**100]", "b'a'[10**100]",
    "'abc'[1:10**100]", "range(10**100)[10**99]", "10**400 / 1", "10**400 * 1.0", "2.0 ** 10000", "round(1e308, -400)",
    "math.sqrt(-1)", "math.log(0)", "math.log(-10**400)", "math.exp(1000)", "math.cosh(1000)", "math.acos(2)",
    "math.atanh(1)", "math.pow(0, -1)", "math.pow(10, 400)", "math.fmod(1, 0)", "math.ldexp(1, 10**100)",
    "math.factorial(-1)", "math.factorial(10**100)", "math.floor(float('inf'))", "math.ceil(float('nan'))",
    "math.log(10**400)", "math.log10(10**400)", "math.isqrt(-1)", "math.comb(-1, 2)",
    "bytes(-1)", "bytearray(-1)", "[0] * -1", "divmod(1, 0)", "1.0 % 0", "int('1', 37)", "pow(0, -1)",
    "'%c' % 0x110000", "bytes([256])", "(1).to_bytes(1, 'big', signed=False) and (256).to_bytes(1, 'big')",
]
for c in cases:
    try:
        print(c, "->", repr(eval(c)))
    except (OverflowError, ValueError, IndexError, ZeroDivisionError, TypeError) as e:
        print(c, "->", type(e).__name__, e)
