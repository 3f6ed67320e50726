it = iter([])
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value)
print(next(iter([]), "default"))
