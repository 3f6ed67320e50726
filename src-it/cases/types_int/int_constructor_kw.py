print(int("11", base=2), int(x="11") if False else "skip")
try:
    int(x="5")
except TypeError as e:
    print(e)
print(int("  0b11  ", 0), int("0_0"))
