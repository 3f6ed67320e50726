print(1 + 0j == 1, 1j == 1, 2 + 0j == 2.0, 1j != 0)
print(complex(1, 0) in [1], 0j == False)
