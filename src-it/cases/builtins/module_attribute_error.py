# A missing module attribute: "module NAME has no attribute X", with .name set.
import math, sys
try:
    math.foo
except AttributeError as e:
    print(e, e.name)
try:
    sys.nope
except AttributeError as e:
    print(e)
