import sys
for arg in (0, 1, "message", None, [1, 2]):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), repr(e.code), e.args)
