print(all([1, 2, 3]), all([1, 0]), all([]), any([0, "", None]), any([0, "x"]), any([]))
def gen():
    for i in range(10):
        print("yield", i)
        yield i
print(any(x > 1 for x in gen()))
print(all(x < 1 for x in gen()))
