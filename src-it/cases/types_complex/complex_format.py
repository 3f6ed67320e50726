z = 1.23456 + 7.891j
print(format(z, ".2f"), format(z, "10.1f") + "|", format(z, "e"), format(z, ""), format(z, "g"), format(z, "+.3g"))
print(f"{z:.1f}", f"{1j:}", f"{complex(1, -0.0)}")
try:
    format(z, "=10.1f")
except ValueError as e:
    print(e)
