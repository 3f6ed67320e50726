# An uncaught TypeError from a binary operator: the traceback's caret line points at the operator.
class Money:
    def __init__(self, cents): self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
total = Money(5) + Money(7)
print(total.cents)
total = total + 1.5
