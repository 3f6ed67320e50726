print(format(42, "d"), format(42, "5d"), format(42, "<5d") + "|", format(42, "^7d"), format(42, "+d"))
print(format(42, "x"), format(42, "#x"), format(42, "X"), format(42, "#o"), format(42, "#b"), format(42, "08b"))
print(format(1234567, ","), format(1234567, "_"), format(255, "_x"), format(1234567, "_b"))
print(format(-42, "=8d"), format(42, " d"), format(65, "c"), format(42, "e"), format(42, "%"))
print(format(42, ""), format(-7, "010"))
try:
    format(42, "s")
except ValueError as e:
    print(e)
