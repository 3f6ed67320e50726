import pickle

class Conn:
    def __init__(self, host):
        self.host = host
        self.socket = object()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["socket"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.socket = "reconnected"

for p in range(6):
    s = pickle.dumps(Conn("example.org"), p)
    print(p, s)
    c = pickle.loads(s)
    print(c.host, c.socket)
