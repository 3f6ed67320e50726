class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
l = [Noisy("a"), Noisy("b"), Noisy("c")]
l.pop(1)
print("popped")
del l[0]
print("deleted index 0")
l.clear()
print("cleared")
