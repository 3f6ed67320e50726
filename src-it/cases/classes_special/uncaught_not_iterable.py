# An uncaught "object is not iterable" from a for loop over an instance.
class Box:
    def __init__(self, items): self.items = items
for item in Box([1, 2]).items:
    print(item)
for item in Box([3]):
    print(item)
