# collections.defaultdict and OrderedDict: factories, reprs, order operations, errors.
from collections import defaultdict, OrderedDict
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dd['a'], len(dd), dd.default_factory)
print(defaultdict(None, x=1), defaultdict(int) == {}, dict(defaultdict(int, {'k': 2})))
try:
    defaultdict(5)
except TypeError as e:
    print(e)
try:
    defaultdict()['missing']
except KeyError as e:
    print('KeyError', e)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od, OrderedDict(), list(reversed(OrderedDict(x=1, y=2))))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
