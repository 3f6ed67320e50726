# An uncaught error raised by a builtin method called on a subclass instance.
class Stack(list):
    def peek(self):
        return self[-1]
s = Stack([1])
print(s.peek())
s.pop()
print(s.peek())
