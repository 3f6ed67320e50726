t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"abcabc".translate(None, b"b"), b"hello".translate(t, b"l"))
try:
    bytes.maketrans(b"ab", b"c")
except ValueError as e:
    print(e)
