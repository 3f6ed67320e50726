import pickle

def make():
    def local():
        pass
    return local

for obj in (lambda: 0, make()):
    try:
        pickle.dumps(obj)
    except (pickle.PicklingError, AttributeError) as e:
        print(type(e), str(e).split(" at 0x")[0], str(e).split(">")[-1])

def generator():
    yield 1

for p in range(6):
    try:
        pickle.dumps(generator(), p)
    except TypeError as e:
        print(p, "TypeError", e)
print(issubclass(pickle.PicklingError, pickle.PickleError), pickle.UnpicklingError.__mro__[1].__name__)
