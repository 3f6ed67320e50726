class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
l = Logged()
l.a = 1
l.b = [2]
print(l.a, l.b, vars(l))
