# Allocations no machine can satisfy end in MemoryError (or OverflowError for counts beyond 64 bits).
cases = [
    lambda: [0] * 10**12,
    lambda: "x" * 10**13,
    lambda: b"x" * 10**13,
    lambda: bytearray(10**12),
    lambda: bytes(10**12),
    lambda: [1] * 10**10,
    lambda: "ab".center(10**12),
    lambda: "ab".zfill(10**12),
    lambda: (1,) * 10**12,
    lambda: [0, 0] * 2**62,
    lambda: list(range(10**12)),
    lambda: tuple(range(2**40)),
    lambda: "-".join(["abc"] * 10) * 10**12,
    lambda: "".join(["x" * 10**6] * 10**7),
    lambda: 1 << (1 << 40),
    lambda: [0] * 10**20,
    lambda: "x" * 10**20,
    lambda: (1,) * 2**63,
    lambda: bytes(10**20),
    lambda: 1 << 10**100,
    lambda: "a".ljust(2**63),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except MemoryError as e:
        print(i, "MemoryError", repr(e))
    except OverflowError as e:
        print(i, "OverflowError", e)
big = [1, 2]
try:
    big *= 10**12
except MemoryError:
    print("inplace MemoryError", big)
