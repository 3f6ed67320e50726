# A shared object is written once with FLAG_REF, then as 'r' + its index.
import marshal

inner = [1, 2]
outer = (inner, inner, inner)
data = marshal.dumps(outer)
print(data)
back = marshal.loads(data)
print(back, back[0] is back[1] is back[2])
word = 'shared words'
print(marshal.dumps([word, word]))
print(marshal.dumps([word, word], 2))
