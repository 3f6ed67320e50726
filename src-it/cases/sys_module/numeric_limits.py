# maxsize, maxunicode, byteorder and the numeric struct sequences.
import sys

print(sys.maxsize, sys.maxsize == 2**63 - 1)
print(sys.maxunicode, chr(sys.maxunicode) == '\U0010ffff')
print(sys.byteorder)
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.rounds)
print(fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp)
print(sys.int_info)
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.cutoff)
print(hash(float('inf')) == hi.inf, hash(1j) == hi.imag, hash(hi.modulus) == 0)
print(sys.float_repr_style, sys.api_version)
