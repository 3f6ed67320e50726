"""Counts the words of a text, and the most common one."""


class WordCount:
    def name(self):
        return "word-count"

    def describe(self):
        return __doc__.strip()

    def process(self, text):
        counts = {}
        for word in text.lower().split():
            counts[word] = counts.get(word, 0) + 1
        top = max(sorted(counts), key=counts.get)
        return f"{sum(counts.values())} words, most common {top!r} ({counts[top]}x)"


WordCount()
