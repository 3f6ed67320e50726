for b in (b"abc", b"ABC", b"123", b"a1", b"", b" ", b"Title Case", b"\xe9"):
    print(b, b.isalpha(), b.isdigit(), b.isalnum(), b.islower(), b.isupper(), b.isspace(), b.istitle(), b.isascii())
