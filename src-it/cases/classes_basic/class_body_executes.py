print("before class")
class C:
    print("in class body")
    x = 1
    def f(self):
        return self.x
print("after class", C().f())
