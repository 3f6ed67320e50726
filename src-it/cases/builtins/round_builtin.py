print(round(0.5), round(1.5), round(2.5), round(-2.5), round(3.14159, 3), round(2.675, 2), round(12345, -3), round(-12345, -3))
print(round(5), round(5.0), round(5.5, 0), round(1e300, 2), round(0.1 + 0.2, 15))
class RR:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(RR()), round(RR(), 2))
try:
    round("1")
except TypeError as e:
    print(e)
