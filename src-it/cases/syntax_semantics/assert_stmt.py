assert True
assert 1 == 1, "never"
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert []
except AssertionError as e:
    print(repr(e), e.args)
