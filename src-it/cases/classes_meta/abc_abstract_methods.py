# abc.ABC and abstractmethod: instantiation errors
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
class Square(Half):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
print(Square(3).describe(), Square(3).perimeter())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape.__abstractmethods__).__name__)
print(Shape.area.__isabstractmethod__, getattr(Square.area, "__isabstractmethod__", False))
