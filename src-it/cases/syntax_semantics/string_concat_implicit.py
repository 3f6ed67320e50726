s = ("abc"
     "def"
     'ghi')
print(s, len(s))
print(f"x{1}" "y" f"{2}z")
b = b"ab" b"cd"
print(b)
