import copy, copyreg

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __reduce__(self):
        print("reduce")
        return (Money, (self.cents,))

m = copy.deepcopy(Money(5))
print(m.cents)

class Weird:
    pass

def reduce_weird(w):
    return (Weird, ())

copyreg.pickle(Weird, reduce_weird)
print(type(copy.copy(Weird())).__name__)

class MyList(list):
    pass

ml = MyList([1, [2]])
ml.tag = "t"
c = copy.deepcopy(ml)
print(type(c).__name__, c, c.tag, c[1] is ml[1])
