# int subclasses that override comparisons: sorted/min/max and mixed comparisons use them first.
class Rev(int):
    def __lt__(self, o): return int(self) > int(o)
    def __gt__(self, o): return int(self) < int(o)
print(sorted([Rev(1), Rev(3), Rev(2)]), min(Rev(1), Rev(5)), max([Rev(4), Rev(9)]))
print(Rev(1) < Rev(2), Rev(1) < 2, 1 < Rev(2), 2 > Rev(1), Rev(1) <= Rev(2))
class Loud(int):
    def __eq__(self, o):
        print("Loud.__eq__", o); return int(self) == int(o)
    __hash__ = int.__hash__
print(1 == Loud(1), Loud(1) == 1, [1].count(Loud(1)), Loud(2) in [1, 2])
print({Loud(1): "a"}[1], 1 in {Loud(1)})
