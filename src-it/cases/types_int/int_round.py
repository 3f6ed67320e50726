print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2))
print(round(15, -1), round(25, -1), type(round(7)).__name__)
