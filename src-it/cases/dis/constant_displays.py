# Displays of constants fold as CPython's compiler folds them: `in` and `for` over a list or set
# literal use a tuple or frozenset constant; longer constant lists and sets extend an empty one.
def consts(src):
    code = compile(src, "<s>", "exec")
    return [c for c in code.co_consts if c is not None]

print(consts("x in {1, 2, 3}"))
print(consts("x not in [1, 2, 'a']"))
print(consts("x in [a, b]"))
print(consts("for i in [1, 2, 3]: pass"))
print(consts("for i in {4, 5}: pass"))
print(consts("[1, 2, 3]"))
print(consts("[1, 2]"))
print(consts("{1, 2, 3}"))
print(consts("[1, -2, 3 * 4, 'x' + 'y']"))
print(consts("[1, 2, *c]"))
print(consts("1 < x in [3, 4]"))
print(consts("x in [3, 4] < y"))
lc = compile("[i for i in [7, 8, 9] for j in {10, 11}]", "<s>", "exec")
print([c for c in lc.co_consts[0].co_consts if c is not None])
print(lc.co_consts[1:])
print(3 in {1, 2, 3}, 'a' not in ['a', 'b', 'c'], [x * 2 for x in [1, 2, 3]])
big = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]
print(len(big), sum(big))
