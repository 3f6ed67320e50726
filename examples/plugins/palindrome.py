"""Tells whether a text reads the same backwards, ignoring case, spaces and punctuation."""


def normalise(text):
    return [c for c in text.lower() if c.isalnum()]


class Palindrome:
    def name(self):
        return "palindrome"

    def describe(self):
        return __doc__.strip()

    def process(self, text):
        letters = normalise(text)
        return "palindrome" if letters == letters[::-1] else "not a palindrome"


Palindrome()
