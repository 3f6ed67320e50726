import copy

def f():
    pass

class C:
    pass

print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.copy(C) is C, copy.deepcopy(C) is C)
print(copy.deepcopy(len) is len, copy.copy(range(3)) == range(3))

def gen():
    yield 1

for fn in (copy.copy, copy.deepcopy):
    try:
        fn(gen())
    except TypeError as e:
        print("TypeError", e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
