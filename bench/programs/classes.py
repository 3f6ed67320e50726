"""Class-heavy workload: object creation, method calls, attribute reads and writes,
properties, inheritance with super() and a little operator overloading."""


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Entity:
    count = 0

    def __init__(self, ident, pos, vel):
        self.ident = ident
        self.pos = pos
        self.vel = vel
        self._energy = 100
        Entity.count += 1

    @property
    def energy(self):
        return self._energy

    @energy.setter
    def energy(self, value):
        self._energy = value if value > 0 else 0

    def step(self):
        self.pos = self.pos + self.vel
        self.energy = self.energy - 1
        return self.pos.dot(self.vel)


class Bouncer(Entity):
    def step(self):
        r = super().step()
        if abs(self.pos.x) > 50:
            self.vel = Vector(-self.vel.x, self.vel.y)
        if abs(self.pos.y) > 50:
            self.vel = Vector(self.vel.x, -self.vel.y)
        return r


class Drifter(Entity):
    def step(self):
        self.vel = self.vel.scaled(1)
        return super().step() + 1


def run(n=1000, steps=200):
    entities = []
    for i in range(n):
        pos = Vector(i % 17 - 8, i % 11 - 5)
        vel = Vector(i % 3 - 1, i % 5 - 2)
        cls = Bouncer if i % 2 else Drifter
        entities.append(cls(i, pos, vel))
    total = 0
    for _ in range(steps):
        for e in entities:
            total += e.step()
    energy = sum(e.energy for e in entities)
    return total, energy, sum(e.pos.x * 3 + e.pos.y for e in entities)


if __name__ == "__main__":
    print(run())
