# isinstance and issubclass on ABCs with ordinary and virtual subclasses
from abc import ABC, ABCMeta
class Animal(ABC): pass
class Dog(Animal): pass
class Robot: pass
Animal.register(Robot)
print(isinstance(Dog(), Animal), isinstance(Robot(), Animal), isinstance(Animal, ABCMeta))
print(issubclass(Dog, ABC), issubclass(Robot, ABC), issubclass(Animal, ABC))
print(Robot.__mro__)
print(isinstance(Robot(), (int, Animal)), issubclass(Robot, (Dog, Animal)))
print(issubclass(bool, Animal), issubclass(Animal, object))
class RoboDog(Robot, Dog): pass
print(isinstance(RoboDog(), Animal), [c.__name__ for c in RoboDog.__mro__])
