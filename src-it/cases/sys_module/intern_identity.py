# intern gives one object per text.
import sys

a = sys.intern(''.join(['hello', ' ', 'world']))
b = sys.intern('hello world')
print(a is b, a == 'hello world')
c = ''.join(['x', 'y', 'z', '!'])
print(sys.intern(c) is c)

class S(str):
    pass

for bad in (S('q'), 5, b'bytes'):
    try:
        sys.intern(bad)
    except TypeError as e:
        print(e)
