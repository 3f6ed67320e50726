class P:
    def __init__(self, x, y):
        self.x = x
for f in (lambda: P(), lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, z=2)):
    try:
        f()
    except TypeError as e:
        print(e)
class R:
    def __init__(self):
        return 5
try:
    R()
except TypeError as e:
    print(e)
class N:
    pass
try:
    N(1)
except TypeError as e:
    print(e)
