import pickle

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __reduce__(self):
        return (Money, (self.cents,))

    def __repr__(self):
        return f"Money({self.cents})"

class Global:
    def __reduce__(self):
        return "INSTANCE"

INSTANCE = Global()
for p in range(6):
    print(p, pickle.dumps(Money(250), p), pickle.loads(pickle.dumps(Money(250), p)))
    print(p, pickle.dumps(INSTANCE, p), pickle.loads(pickle.dumps(INSTANCE, p)) is INSTANCE)
