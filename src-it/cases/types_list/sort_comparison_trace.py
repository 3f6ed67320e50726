# list.sort asks "<" in CPython's exact order (its timsort: runs, binary insertion, powersort
# merges, galloping): a log of every comparison, the results, and the list left by a comparison
# that raises midway are the same as CPython's, for many sizes and shapes of input.

log = []


class K:
    __slots__ = ("v", "tag")

    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        log.append((self.tag, other.tag))
        return self.v < other.v


def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        yield x


def shapes(n, seed):
    g = lcg(seed)
    yield "random", [next(g) % 1000 for _ in range(n)]
    yield "few", [next(g) % 4 for _ in range(n)]
    yield "sorted", list(range(n))
    yield "reversed", list(range(n, 0, -1))
    yield "sawtooth", [i % 37 for i in range(n)]
    yield "runs", [(i // 50) * ((-1) ** (i // 50)) * 1000 + i % 50 for i in range(n)]
    yield "nearly", [i if i % 97 else n - i for i in range(n)]


def digest(values):
    h = 0
    for ch in repr(values):
        h = (h * 131 + ord(ch)) % 1000000007
    return h


for n in (0, 1, 2, 3, 31, 32, 63, 64, 65, 100, 257, 1000, 4099):
    for name, data in shapes(n, n + 7):
        items = [K(v, i) for i, v in enumerate(data)]
        log.clear()
        items.sort()
        order = [k.tag for k in items]
        print(n, name, len(log), digest(log), digest(order))

# key= and reverse=, with the key calls logged too.
for n in (40, 700):
    data = [(i * 7919) % 101 for i in range(n)]
    log.clear()
    keyed = sorted(range(n), key=lambda i: K(data[i], i), reverse=True)
    print("key reverse", n, len(log), digest(log), digest(keyed))


class Boom(Exception):
    pass


class Bad:
    count = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Bad.count += 1
        if Bad.count == LIMIT:
            raise Boom(Bad.count)
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


for LIMIT in (5, 60, 400, 2500):
    Bad.count = 0
    data = [Bad((i * 7919) % 503) for i in range(600)]
    try:
        data.sort()
    except Boom as e:
        print("raised at", e.args[0], digest([b.v for b in data]), len(data))
    else:
        print("no error", digest([b.v for b in data]))

# Floats with NaNs, ints past 64 bits, and strs: compared without a call, in the same order.
nan = float("nan")
floats = [nan if i % 11 == 0 else ((i * 37) % 101) / 7 for i in range(300)]
print(digest([repr(x) for x in sorted(floats)]))
print(digest(sorted([(i * 7919) % 997 * 10**20 - i for i in range(500)])))
print(digest(sorted(["w%d" % ((i * 31) % 211) for i in range(400)])))
mixed = [1, 2.5, True, 0, -1.0, 3]
print(sorted(mixed), sorted(mixed, reverse=True))
