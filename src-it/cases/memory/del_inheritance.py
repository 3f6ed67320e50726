class Base:
    def __del__(self):
        print("Base.__del__", type(self).__name__)
class Child(Base):
    pass
class Other(Base):
    def __del__(self):
        print("Other.__del__")
        super().__del__()
c = Child()
del c
o = Other()
del o
print("end")
