print(f"{True}", f"{True!r}", format(True, "d"), format(False, "5"), format(True, ">6"), format(True, "x"), "%s %d" % (True, True))
print(str(True).upper(), int(True), float(False))
