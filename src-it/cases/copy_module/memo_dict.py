import copy

a = [1]
memo = {}
b = copy.deepcopy([a, a], memo)
print(b[0] is b[1], id(a) in memo, memo[id(a)] is b[0])
c = copy.deepcopy(a, {id(a): "replaced"})
print(c)
