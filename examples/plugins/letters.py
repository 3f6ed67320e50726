# A plugin without describe(): the host's Java default method describes it.
VOWELS = set("aeiou")


class Letters:
    def name(self):
        return "letters"

    def process(self, text):
        letters = [c for c in text.lower() if c.isalpha()]
        vowels = sum(1 for c in letters if c in VOWELS)
        missing = "".join(sorted(set("abcdefghijklmnopqrstuvwxyz") - set(letters)))
        return f"{len(letters)} letters, {vowels} vowels, missing: {missing or 'none'}"


Letters()
