print(ord("A"), ord("é"), ord("€"), ord("\U0001f600"), chr(65), chr(233), chr(0x1f600), repr(chr(0)))
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
