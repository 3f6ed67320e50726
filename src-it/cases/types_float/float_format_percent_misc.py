print(format(0.256, "%"), format(0.256, ".1%"), format(-0.0, ".1f"), format(-0.0, "z.1f"), format(-0.0001, "z.2f"))
print(format(3.5, "08.2f"), format(-3.5, "08.2f"), format(3.5, "=+8.2f"), format(3.5, "*^9.1f"))
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
