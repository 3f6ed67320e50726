class Shape:
    def area(self):
        return self.w * self.h
items = [Shape()]
items[0].w = 2
print(list(map(lambda s: s.area(), items)))
