class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return self
    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return reversed(self.items)
s = Stack().push(1).push(2).push(3)
print(len(s), list(s), bool(s), s.pop(), len(s))
s.pop(); s.pop()
print(bool(s))
try:
    s.pop()
except IndexError as e:
    print(e)
