class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Ver(1, 2), Ver(1, 0, 5), Ver(0, 9)]
print(sorted(vs), max(vs), Ver(1) < Ver(2), Ver(2) > Ver(1), Ver(1) >= Ver(1))
try:
    Ver(1) < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
