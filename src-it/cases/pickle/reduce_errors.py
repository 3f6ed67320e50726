import pickle

class BadType:
    def __reduce__(self):
        return 42

class TooShort:
    def __reduce__(self):
        return (TooShort,)

class BadArgs:
    def __reduce__(self):
        return (BadArgs, [1])

for cls in (BadType, TooShort, BadArgs):
    try:
        pickle.dumps(cls())
    except pickle.PicklingError as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
