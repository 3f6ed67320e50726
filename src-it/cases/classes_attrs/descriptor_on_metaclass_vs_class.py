# Class attribute lookup: metaclass data descriptors first, then the class's MRO
class Desc:
    def __init__(self, label):
        self.label = label
    def __get__(self, obj, owner):
        return f"{self.label}({type(obj).__name__ if obj is not None else None})"
class DataDesc(Desc):
    def __set__(self, obj, value):
        print("DataDesc set", value)
class Meta(type):
    data = DataDesc("meta-data")
    nondata = Desc("meta-nondata")
    plain = "meta-plain"
class A(metaclass=Meta):
    data = "class-data"
    nondata = "class-nondata"
    plain = "class-plain"
print(A.data, A.nondata, A.plain)
class B(metaclass=Meta):
    pass
print(B.data, B.nondata, B.plain)
A.data = 5
print(A.__dict__["data"])
print(A().data, A().nondata)
