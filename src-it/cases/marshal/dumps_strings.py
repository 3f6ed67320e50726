# str: short ASCII ('z'/'Z' when interned), long ASCII ('a'), and UTF-8 ('u').
import marshal

name = 'identifier'
text = 'hello, world'
print(marshal.dumps(name))
print(marshal.dumps(text))
print(marshal.dumps(''))
print(marshal.dumps('caf\xe9'))
print(marshal.dumps('\u20ac uro'))
print(marshal.dumps('\U0001f40d'))
long_text = 'x' * 300
data = marshal.dumps(long_text)
print(data[:6], len(data))
for s in [name, text, 'caf\xe9', '\U0001f40d', long_text, '\udc80']:
    print(marshal.loads(marshal.dumps(s)) == s)
