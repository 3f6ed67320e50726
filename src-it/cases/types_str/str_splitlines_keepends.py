text = "first\nsecond\r\nthird\rfourth\x0bfifth\x1csixth"
for line in text.splitlines(keepends=True):
    print(repr(line))
