# Code compiled from source, marshalled and loaded back, runs like the original.
import marshal

src = '''
squares = [i * i for i in range(6)]
def greet(name, punct='!'):
    return 'hello ' + name + punct
class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
try:
    1 / 0
except ZeroDivisionError as e:
    err = str(e)
result = (greet('krait'), Box(5).get(), sum(squares), err)
'''
code = compile(src, '<marshalled>', 'exec')
data = marshal.dumps(code)
loaded = marshal.loads(data)
ns = {}
exec(loaded, ns)
print(ns['squares'])
print(ns['result'])
print(loaded == code, loaded.co_filename)
print(eval(marshal.loads(marshal.dumps(compile('6 * 7', '<e>', 'eval')))))
