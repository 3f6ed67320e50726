import pickle

import copyreg

class Registered:
    pass

copyreg.add_extension(__name__, "Registered", 240)
print(pickle.dumps(Registered, 2), pickle.dumps(Registered, 0))
print(pickle.loads(pickle.dumps(Registered, 2)) is Registered)
try:
    copyreg.add_extension(__name__, "Other", 240)
except ValueError as e:
    print("ValueError", e)
copyreg.remove_extension(__name__, "Registered", 240)
print(pickle.dumps(Registered, 2))
