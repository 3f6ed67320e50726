import sys
inner = []
outer = [inner, [inner], (inner, inner)]
print(sys.getrefcount(inner))
outer[1] = None
print(sys.getrefcount(inner))
del outer
print(sys.getrefcount(inner))
