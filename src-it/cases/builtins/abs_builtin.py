print(abs(-5), abs(5), abs(-2.5), abs(3 + 4j), abs(True), abs(-0.0), abs(-2 ** 100))
class A:
    def __abs__(self):
        return "abs called"
print(abs(A()))
try:
    abs("x")
except TypeError as e:
    print(e)
