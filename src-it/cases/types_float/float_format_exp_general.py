for v in (0.0001234, 123456789.0, 1.0, 0.1, 1e-10, 12345.678, 1e16, float("inf")):
    print(format(v, "e"), format(v, ".2E"), format(v, "g"), format(v, ".3g"), format(v, "#g"), format(v, ""), format(v, ".2"))
