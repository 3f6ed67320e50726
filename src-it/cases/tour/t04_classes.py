# A tour of Python: classes, inheritance, properties and special methods.
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __iter__(self):
        yield self.x
        yield self.y


v = Vector(3, 4)
print(v, v + Vector(1, 1), 2 * v, v * 3, abs(v), list(v), v == Vector(3, 4))


class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    @classmethod
    def create(cls, name):
        return cls(name)

    @staticmethod
    def kinds():
        return ["dog", "cat"]


class Dog(Animal):
    sound = "woof"

    def speak(self):
        return super().speak() + "!"


class Temperature:
    def __init__(self):
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9


print(Dog("Rex").speak(), Dog.create("Fido").speak(), Animal.kinds())
print(isinstance(Dog("a"), Animal), issubclass(Dog, Animal), Dog.__mro__)
t = Temperature()
t.fahrenheit = 212
print(t.fahrenheit, round(t._c, 1), type(t).__name__, vars(Animal("x")))
try:
    Dog("x").fly()
except AttributeError as e:
    print("AttributeError:", e)
