class Animal:
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"{self.name} is an animal"
class Cat(Animal):
    def __init__(self, name, indoor):
        super().__init__(name)
        self.indoor = indoor
    def describe(self):
        return super().describe() + (" (indoor)" if self.indoor else "")
c = Cat("Tom", True)
print(c.describe(), isinstance(c, Animal), issubclass(Cat, Animal), Cat.__bases__, Cat.__mro__)
