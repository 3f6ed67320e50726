import sys
def f():
    try:
        sys.exit(4)
    finally:
        print("cleanup in f")
try:
    f()
finally:
    print("cleanup at top")
