# divmod through __divmod__/__rdivmod__; pow with three arguments only uses the left __pow__.
class D:
    def __divmod__(self, o):
        print("D.__divmod__", o); return NotImplemented
    def __rdivmod__(self, o):
        print("D.__rdivmod__", o); return ("rdivmod", o)
print(divmod(D(), 3))
print(divmod(7, D()))
print(divmod(7, 2), divmod(-7.5, 2), divmod(True, 3))
for a, b in [(1j, 1), ("a", 1), ([], 2)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(e)
class P:
    def __pow__(self, o, mod=None):
        print("P.__pow__", o, mod); return "pow"
    def __rpow__(self, o, mod=None):
        print("P.__rpow__", o, mod); return "rpow"
print(pow(P(), 2), pow(P(), 2, 5), P() ** 3)
print(pow(2, P()), 2 ** P())
for args in [(2, P(), 5), (2, 3, P()), (2.0, 3, 4), (2, 3.0, 4), (1j, 2, 3), ("a", 2, 3)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(pow(3, 4, 5), pow(3, -1, 7), pow(base=2, exp=10, mod=1000))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
