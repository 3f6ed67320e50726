for v in (1j, 1 + 2j, -1.5 - 0.5j, complex(0, 0), complex(-0.0, -0.0), complex(3), 1e20j, complex(1, float("inf")), complex(float("nan"), 1)):
    print(repr(v), str(v))
print(complex("1+2j"), complex(" 3.5 "), complex("-j"), complex("(1-1j)"))
