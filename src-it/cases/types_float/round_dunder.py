# int.__round__ and float.__round__, which round() calls, with and without ndigits.
print((15).__round__(-1), (15).__round__(), (-25).__round__(-1), (True).__round__())
print(repr((1.5).__round__()), repr((2.5).__round__(None)), (2.675).__round__(2), (1234.5).__round__(-2))
for bad in ((1.5, (1, 2)), (7, (1, 2)), (1.5, ("x",))):
    try:
        bad[0].__round__(*bad[1])
    except TypeError as e:
        print("TypeError", e)
class F(float):
    def __round__(self, n=None):
        return "custom"
print(round(F(1.5)), round(F(2.5), 1))
try:
    float("nan").__round__()
except ValueError as e:
    print("ValueError", e)
