class H:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, o):
        return self is o
    def __del__(self):
        print("del", self.n)
s = {H(1)}
x = H(2)
s.add(x)
del x
print("added")
s.pop() if False else None
s.clear()
print("end")
