# pickle: lists, dicts and sets longer than a batch (1000 items) in every protocol: the bytes' length, checksum and batch opcodes.
import pickle
data = [list(range(2500)), {i: str(i) for i in range(2100)}, set(range(1500)), [1], {1: 2}, set(), [], {}, {5}]
for p in range(6):
    b = pickle.dumps(data, p)
    print(p, len(b), sum(b) % 1000003, b.count(b'e'), b.count(b'u'), b.count(b'\x90'), pickle.loads(b) == data)
