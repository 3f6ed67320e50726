s = "héllo €"
print(s.encode(), s.encode("utf-8"), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"), s.encode("utf-16-le"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    s.encode("no-such-codec")
except LookupError as e:
    print(e)
