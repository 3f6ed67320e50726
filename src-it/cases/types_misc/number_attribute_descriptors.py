# real/imag/numerator/denominator are descriptors on int, float and complex; subclass instances keep a __dict__.
print(int.real, float.imag, complex.real)
print('real' in dir(1), 'imag' in dir(1.0), 'numerator' in dir(True))
print(int.real.__get__(5), int.numerator.__get__(7))
try:
    (1).real = 2
except AttributeError as e:
    print(e)
print(type(int.__dict__['real']).__name__)
class I(int): pass
i = I(3)
i.x = 5
print(i.x, i.real, i + 1)
class F(float): pass
f = F(2.5)
f.y = 1
print(f.y, f.imag)
print((1j).real, (3).numerator, (2.5).real, True.real, type(True.real))
try:
    (1j).real = 2
except AttributeError as e:
    print(e)
print(type(F(1.5).real), F(1.5).real)
