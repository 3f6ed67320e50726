class Money(float):
    def __repr__(self):
        return f"${float(self):.2f}"
m = Money(3.5)
print(repr(m), m + 1, type(m + 1).__name__, str(m))
