"""Attribute workload: method calls, attribute reads and writes on instances, and property reads
and writes, in tight loops (the benchmark of the classes issue)."""


class Counter:
    def __init__(self, start):
        self.value = start
        self.step = 1
        self._limit = 1000

    def bump(self):
        self.value = self.value + self.step
        return self.value

    def add(self, n):
        self.value += n

    @property
    def limit(self):
        return self._limit

    @limit.setter
    def limit(self, v):
        self._limit = v


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b


def method_calls(n):
    c = Counter(0)
    for _ in range(n):
        c.bump()
        c.bump()
        c.add(2)
    return c.value


def attribute_reads_writes(n):
    c = Counter(0)
    s = Slotted(1, 2)
    acc = 0
    for i in range(n):
        c.value = i
        c.step = c.value + s.a
        s.b = c.step - s.a
        acc += c.step + s.b
    return acc


def property_access(n):
    c = Counter(0)
    acc = 0
    for i in range(n):
        c.limit = i
        acc += c.limit + c.limit
    return acc


def run():
    return (method_calls(300_000), attribute_reads_writes(300_000), property_access(300_000))


if __name__ == "__main__":
    print(run())
