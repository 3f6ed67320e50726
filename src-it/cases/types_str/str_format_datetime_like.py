print("{:%}".format(0.5), "{:.0%}".format(1 / 3), "{:,d}".format(-1234567), "{:=+12,.3f}".format(-1234.5))
print("{:c}".format(97), "{:o}".format(-8), "{:#X}".format(3054), "{:n}".format(1234))
