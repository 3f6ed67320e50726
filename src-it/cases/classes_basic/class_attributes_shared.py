class C:
    items = []
    count = 0
    def add(self, x):
        self.items.append(x)
        C.count += 1
a, b = C(), C()
a.add(1)
b.add(2)
print(a.items, b.items, C.count, a.count)
