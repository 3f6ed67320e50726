# int subclasses in dicts and sets, as booleans, compared with ints; an IntEnum-like class.
class Flag(int):
    names = {}
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        cls.names[value] = obj
        return obj
    def __repr__(self):
        return f"<Flag {self.name}: {int(self)}>"
    def __or__(self, other):
        return Flag(int(self) | int(other), f"{self.name}|{getattr(other, 'name', other)}")
READ = Flag(1, "READ")
WRITE = Flag(2, "WRITE")
print(READ, WRITE, READ | WRITE, READ | 4, 4 | READ, type(4 | READ).__name__)
print(READ == 1, {READ: "r"}[1], 1 in {READ}, sorted([WRITE, READ]), bool(Flag(0, "NONE")))
print(READ < WRITE, max(READ, WRITE), READ + WRITE, type(READ + WRITE).__name__)
print(["a", "b", "c"][WRITE], "xyz"[READ:], isinstance(READ, int))
class Zero(int):
    def __bool__(self):
        return True
print(bool(Zero(0)), not Zero(0), "true" if Zero(0) else "false", Zero(0) == 0)
