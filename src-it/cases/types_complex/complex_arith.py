a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, -a, +a)
print(abs(a), a.real, a.imag, a.conjugate())
print(a == 3 + 4j, a != b, 1j ** 2, (1j) ** 0.5)
print(2 * a, a / 2, 1 + a)
