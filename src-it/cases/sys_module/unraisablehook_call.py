# unraisablehook checks its argument type; the default and custom hooks can be swapped.
import sys

print(sys.unraisablehook is sys.__unraisablehook__)
try:
    sys.unraisablehook(1)
except TypeError as e:
    print(e)
try:
    sys.unraisablehook()
except TypeError as e:
    print(e)

def mine(args):
    print('unraisable', args)

sys.unraisablehook = mine
print(sys.unraisablehook is mine)
sys.unraisablehook = sys.__unraisablehook__
