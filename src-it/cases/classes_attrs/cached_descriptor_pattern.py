# A non-data descriptor that caches into the instance dict
class cached:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value
class Circle:
    def __init__(self, r):
        self.r = r
    @cached
    def area(self):
        "Area of the circle."
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.__dict__)
del c.area
print(c.area)
print(Circle.area.__doc__, Circle.area.name)
