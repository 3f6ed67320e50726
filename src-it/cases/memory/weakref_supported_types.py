import weakref, sys
class L(list): pass
class D(dict): pass
def f(): pass
for o in [L(), D(), set(), frozenset(), f, len, sys, L, (x for x in [])]:
    r = weakref.ref(o)
    print(type(o).__name__, r() is o)
