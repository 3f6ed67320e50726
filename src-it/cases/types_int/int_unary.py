x = 5
print(-x, +x, ~x, abs(-x), -(-x), not x)
print(abs(-2 ** 70), -0 == 0)
