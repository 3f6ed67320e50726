# displayhook is called with one value; replacing it is seen by the REPL machinery.
import sys

print(sys.displayhook is sys.__displayhook__)
sys.displayhook(None)
sys.displayhook(42)
import builtins
print(builtins._)
try:
    sys.displayhook()
except TypeError as e:
    print(e)
