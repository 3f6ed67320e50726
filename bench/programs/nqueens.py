"""N-queens: count every placement on an 8x8 board with sets, generators and tuples."""


def solutions(n):
    """Yield each solution as a tuple of column indices, one per row."""
    def place(row, cols, diag1, diag2, acc):
        if row == n:
            yield tuple(acc)
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            acc.append(c)
            yield from place(row + 1, cols, diag1, diag2, acc)
            acc.pop()
            cols.discard(c)
            diag1.discard(row + c)
            diag2.discard(row - c)
    return place(0, set(), set(), set(), [])


def run():
    total = 0
    count = 0
    for _ in range(8):
        for sol in solutions(10):
            count += 1
            total += sum(i * c for i, c in enumerate(sol))
    return count, total


if __name__ == "__main__":
    print(run())
