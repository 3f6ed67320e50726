v = 3.14159265
print(format(v, "f"), format(v, ".2f"), format(v, "10.3f") + "|", format(v, "<10.1f") + "|", format(v, "+.0f"))
print(format(-v, ".3f"), format(1234567.891, ",.2f"), format(1234567.891, "_.1f"), format(0.5, ".0f"), format(1.5, ".0f"))
print(format(1e20, "f"), format(1e-7, "f"), format(float("inf"), "f"), format(float("nan"), "F"))
