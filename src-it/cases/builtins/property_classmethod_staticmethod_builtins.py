class C:
    def __init__(self):
        self._x = 0
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    x = property(getx, setx, doc="the x")
    def sm():
        return "sm"
    sm = staticmethod(sm)
    def cm(cls):
        return cls.__name__
    cm = classmethod(cm)
c = C()
c.x = 5
print(c.x, C.x.__doc__, C.sm(), C.cm(), c.cm())
