import pickle

import os, tempfile

path = os.path.join(tempfile.mkdtemp(), "data.pickle")
with open(path, "wb") as f:
    pickle.dump({"a": [1, 2, 3]}, f)
    pickle.dump("second", f, protocol=0)
with open(path, "rb") as f:
    print(pickle.load(f))
    print(pickle.load(f))
    try:
        pickle.load(f)
    except EOFError as e:
        print("EOFError", e)
os.remove(path)
