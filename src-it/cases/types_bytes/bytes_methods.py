b = b"  Hello, World  "
print(b.strip(), b.lower(), b.upper(), b.split(b","), b.replace(b"l", b"L"), b.find(b"World"), b.count(b"l"))
print(b"a,b,c".split(b",", 1), b"-".join([b"x", b"y"]), b"abc".startswith(b"ab"), b"abc".endswith((b"c", b"z")))
print(b"abc".center(7, b"*"), b"42".zfill(5), b"hello world".title(), b"ABC".isupper(), b"abc1".isalnum(), b" \t".isspace())
print(b"key=val".partition(b"="), b"a\nb\r\nc".splitlines(), b"tab\tx".expandtabs(4), b"xxhixx".strip(b"x"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"))
