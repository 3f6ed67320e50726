print(complex(), complex(1.5), complex(1, 2), complex(real=1, imag=3), complex(1j, 1j), complex(2, 1j))
class C:
    def __complex__(self):
        return 5 + 6j
print(complex(C()))
try:
    complex("1", 2)
except TypeError as e:
    print(e)
try:
    complex([])
except TypeError as e:
    print(e)
