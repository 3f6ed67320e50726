a = 2 ** 100
print(a, a + 1, a * a)
print(-a // 7, -a % 7)
print(3 ** 200 // 7 ** 50)
print((10 ** 30 + 7) % 97)
print(2 ** 64 - 1, hex(2 ** 64 - 1), -(2 ** 63))
print(int("9" * 40) + 1)
