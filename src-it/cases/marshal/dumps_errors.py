# Values marshal cannot write, and bad arguments.
import marshal

class MyInt(int):
    pass

class MyList(list):
    pass

for v in [object(), MyInt(3), MyList([1]), len, [1, object()], {1: print}, range(3)]:
    try:
        marshal.dumps(v)
    except ValueError as e:
        print(type(v).__name__, e)
nested = []
for _ in range(3000):
    nested = [nested]
try:
    marshal.dumps(nested)
except ValueError as e:
    print(e)
calls = [lambda: marshal.dumps(), lambda: marshal.dumps(1, 2, 3), lambda: marshal.dumps(1, 'x'),
         lambda: marshal.dumps(1, version=3), lambda: marshal.loads(), lambda: marshal.loads('text'),
         lambda: marshal.dump(1), lambda: marshal.load()]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
