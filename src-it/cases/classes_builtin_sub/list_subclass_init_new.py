# list subclasses: __init__ sees the arguments; list.__init__ clears; repr; equality.
class Stack(list):
    def __init__(self, *items):
        print("Stack.__init__", items)
        super().__init__(items)
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack(1, 2)
s.push(3).push(4)
print(s, s.peek(), len(s), s == [1, 2, 3, 4], s != [1])
list.__init__(s, "ab")
print(s)
class Typed(list):
    def __repr__(self):
        return f"Typed({list.__repr__(self)})"
t = Typed(range(3))
print(t, [t], str(t))
print(Typed() == [], Typed([1]) < [2], bool(Typed()))
class WithNew(list):
    def __new__(cls, *args):
        print("__new__", args)
        return super().__new__(cls)
w = WithNew([1, 2])
print(w)
try:
    Stack.push(None, 1)
except AttributeError as e:
    print(e)
