# collections.Counter: counting, most_common, arithmetic and reprs.
from collections import Counter
c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], c.total(), sorted(c.elements())[:4])
c.update('aaz'); c.subtract({'b': 5}); print(c)
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=4)
print(a + b, a - b, a | b, a & b, +Counter(x=-1, y=2), -Counter(x=-1, y=2), Counter())
a += b; print(a)
