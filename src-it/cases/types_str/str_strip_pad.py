s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("cmowz."))
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(2))
print("[" + "ab".center(7) + "]", "[" + "ab".center(7, "*") + "]", "[" + "ab".ljust(5, ".") + "]", "[" + "ab".rjust(5) + "]")
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "abc".removeprefix("x"))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(e)
