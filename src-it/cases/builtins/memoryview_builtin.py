m = memoryview(b"abc")
print(m[1], bytes(m), len(m), m.tolist())
try:
    memoryview("str")
except TypeError as e:
    print(e)
