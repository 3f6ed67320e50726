# A list that contains itself is written with a reference to itself.
import marshal

a = [1]
a.append(a)
data = marshal.dumps(a)
print(data)
b = marshal.loads(data)
print(b[0], b[1] is b)
d = {}
d['self'] = d
back = marshal.loads(marshal.dumps(d))
print(back['self'] is back)
