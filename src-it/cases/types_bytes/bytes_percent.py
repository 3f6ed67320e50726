print(b"%s %d %x %05.1f %c %c %r %%" % (b"bytes", 42, 255, 3.14159, 65, b"z", b"r"))
print(b"%(a)s" % {b"a": b"mapped"})
try:
    b"%s" % "str"
except TypeError as e:
    print(e)
