t = (0, 1) * 5000
print(len(t), t[-3:], sum(t))
print((1,) * 0, (1, 2) * -1)
