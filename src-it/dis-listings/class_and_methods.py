import dis

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x ** 2 + self.y ** 2

    @staticmethod
    def origin():
        return Point(0, 0)

dis.dis(Point)
print('--- bound method')
dis.dis(Point(1, 2).norm2)
