# A metaclass controls the repr/str/len/iteration of its classes
class Meta(type):
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def __len__(cls):
        return len(cls.members)
    def __iter__(cls):
        return iter(cls.members)
    def __contains__(cls, item):
        return item in cls.members
    def __bool__(cls):
        return bool(cls.members)
class Colors(metaclass=Meta):
    members = ["red", "green"]
class Empty(metaclass=Meta):
    members = []
print(repr(Colors), str(Colors), f"{Colors}")
print(len(Colors), list(Colors), "red" in Colors, "blue" in Colors)
print(bool(Colors), bool(Empty), [Colors])
print(type.__repr__(Colors))
