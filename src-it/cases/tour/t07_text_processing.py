# A tour of Python: a small word-frequency report.
TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""

counts = {}
for line in TEXT.splitlines():
    for word in line.lower().replace(",", " ").replace(".", " ").split():
        counts[word] = counts.get(word, 0) + 1

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
width = max(len(w) for w, _ in top)
for word, n in top:
    print(f"{word:<{width}} {n:>2} {'#' * n}")
print(len(counts), "distinct words;", sum(counts.values()), "in all")
print(TEXT.count("it was"), TEXT.find("age"), TEXT.title()[:20], TEXT.partition(",")[0])
table = str.maketrans("aeiou", "AEIOU")
print("the epoch of belief".translate(table), "x".center(9, "*"), "42".zfill(5))
