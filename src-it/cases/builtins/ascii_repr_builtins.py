print(ascii("café ☕"), repr("café ☕"), ascii([1, "ü"]), ascii(b"\xff"), ascii(1.5))
class R:
    def __repr__(self):
        return "R<ü>"
print(repr(R()), ascii(R()), str(R()))
