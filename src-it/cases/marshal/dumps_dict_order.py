# Dict entries keep their insertion order through marshal, deleted ones are skipped.
import marshal

d = {'one': 1, 'two': 2, 'three': 3}
del d['two']
d['four'] = 4
print(marshal.dumps(d))
back = marshal.loads(marshal.dumps(d))
print(list(back.items()))
