# __class__ assignment between subclasses of the same builtin type, where CPython allows it.
results = []
for base, val in [(int, 5), (str, 'x'), (tuple, (1,)), (bytes, b'x'), (float, 1.5), (complex, 1j),
                  (list, [1]), (dict, {'k': 1}), (set, {1}), (frozenset, frozenset({2})), (bytearray, bytearray(b'z'))]:
    A = type('A', (base,), {'who': lambda self: 'A'})
    B = type('B', (base,), {'who': lambda self: 'B'})
    a = A(val)
    try:
        a.__class__ = B
        print(base.__name__, 'ok', type(a).__name__, a.who(), a == val, isinstance(a, B))
    except TypeError as e:
        print(base.__name__, 'TypeError:', e)


class L1(list):
    pass


class L2(list):
    __slots__ = ('extra',)


class D1(dict):
    pass


x = L1([3, 4])
for target in (L2, D1, list, object):
    try:
        x.__class__ = target
        print('assigned', target.__name__)
    except TypeError as e:
        print(target.__name__, 'TypeError:', e)
x.attr = 7
x.__class__ = type('L3', (list,), {})
print(type(x).__name__, x, x.attr, vars(x))
