s = {5, 3, 8}
out = []
while s:
    out.append(s.pop())
print(sorted(out))
try:
    s.pop()
except KeyError as e:
    print(repr(e), e)
s = {1}
s.clear()
print(s)
