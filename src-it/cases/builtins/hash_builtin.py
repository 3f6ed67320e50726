print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)), hash(-1), hash(0.5), hash(2 ** 100))
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print(e)
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
class Big:
    def __hash__(self):
        return 2 ** 100
print(hash(Big()))
