print(format(3.14159, ".2f"), format(42), format("s", "^5"), format(255, "#06x"), format(1e6, ",.0f"), format([1], ""))
class F:
    def __format__(self, spec):
        return f"F[{spec}]"
print(format(F(), "abc"), f"{F():xyz}")
try:
    format(object(), "d")
except TypeError as e:
    print(e)
