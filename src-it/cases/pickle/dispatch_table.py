import pickle

import copyreg

class Temperature:
    def __init__(self, degrees):
        self.degrees = degrees

def reduce_temperature(t):
    return (Temperature, (t.degrees * 10,))

copyreg.pickle(Temperature, reduce_temperature)
for p in range(6):
    s = pickle.dumps(Temperature(2), p)
    print(p, s, pickle.loads(s).degrees)
try:
    copyreg.pickle(Temperature, 5)
except TypeError as e:
    print("TypeError", e)
