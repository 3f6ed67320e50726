"""Dictionary and string workload: build words, count them, format and split lines."""


def make_words(n):
    """Deterministic pseudo-words from a linear congruential generator."""
    letters = "etaoinshrdlucmfwypvbgkqjxz"
    state = 42
    words = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 2 + state % 6
        w = []
        s = state
        for _ in range(length):
            w.append(letters[s % 13 + (s >> 5) % 13])
            s //= 7
        words.append("".join(w))
    return words


def run():
    words = make_words(160000)
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    by_first = {}
    for w, c in counts.items():
        by_first.setdefault(w[0], []).append((c, w))
    lines = []
    for letter in sorted(by_first):
        top = sorted(by_first[letter], reverse=True)[:5]
        lines.append(f"{letter}: " + ", ".join(f"{w}={c}" for c, w in top))
    text = "\n".join(lines)
    upper = text.upper().replace("=", ":")
    tokens = upper.split()
    index = {t: i for i, t in enumerate(tokens)}
    checksum = 0
    for t, i in index.items():
        checksum = (checksum * 31 + len(t) * (i + 1)) % 1000000007
    return len(counts), len(tokens), checksum, text.count("e")


if __name__ == "__main__":
    print(run())
