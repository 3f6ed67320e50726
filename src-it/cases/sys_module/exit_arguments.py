# sys.exit raises SystemExit with its argument.
import sys

for args in [(), (0,), (3,), ('message',), (None,)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)
sys.exit(5)
