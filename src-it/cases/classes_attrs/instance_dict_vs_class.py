# Instance attributes shadow class attributes but not data descriptors
class A:
    shared = []
    count = 0
    def method(self):
        return "method"
a, b = A(), A()
a.shared.append(1)
print(b.shared, A.shared)
a.count += 1
print(a.count, b.count, A.count, a.__dict__)
a.method = lambda: "instance override"
print(a.method(), b.method())
del a.method
print(a.method())
A.count = 10
print(b.count, a.count)
A.new_method = lambda self: "added later " + str(self.count)
print(b.new_method())
del A.new_method
print(hasattr(b, "new_method"))
