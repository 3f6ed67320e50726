import copy

class Tracked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__")
        return Tracked(self.v)

    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Tracked(copy.deepcopy(self.v, memo))

t = Tracked([1])
a = copy.copy(t)
b = copy.deepcopy(t)
print(a.v is t.v, b.v is t.v, b.v == t.v)
