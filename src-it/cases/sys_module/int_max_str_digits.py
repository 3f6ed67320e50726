# get_int_max_str_digits and set_int_max_str_digits limit int/str conversions.
import sys

print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 1200)
except ValueError as e:
    print('ValueError', str(e)[:60])
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 1200)))
for bad in (5, 'x'):
    try:
        sys.set_int_max_str_digits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(4300)
