import pickle

print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
print(pickle.dumps([1, "a"]) == pickle.dumps([1, "a"], 4))
print(pickle.dumps(1, -1)[:2], pickle.dumps(1, None)[:2])
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print("ValueError", e)
