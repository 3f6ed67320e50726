import sys
class A: pass
class S: __slots__=('a','b')
class Z:
    def __sizeof__(self): return 100
vals=[0,1,2**30,2**60,-5,True,False,None,1.5,1j,'','a','abc','é','éa','€','😀','a'*100,b'',b'abc',bytearray(b'ab'),(),(1,),(1,2,3),[],[1],list(range(10)),{},{1:2},set(),{1},frozenset(),range(5),slice(1),A(),S(),Z(),object()]
for v in vals: print(repr(v)[:20], sys.getsizeof(v))
for n in range(0, 40, 3):
    d = {i: i for i in range(n)}; s = set(range(n)); ds = {str(i): i for i in range(n)}
    print(n, sys.getsizeof(d), sys.getsizeof(s), sys.getsizeof(ds), sys.getsizeof(bytearray(b'x'*n)), sys.getsizeof(tuple(range(n))))
print(sys.getsizeof(1, 5))
try: sys.getsizeof()
except TypeError as e: print(e)
