for v in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 1e20):
    print(v, round(v), round(v, 2), round(v, 1))
print(round(1234.5678, -2), round(-0.4), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
try:
    round(float("nan"))
except ValueError as e:
    print(e)
