class P:
    __match_args__ = ("a", "b")
    @property
    def a(self):
        print("get a")
        return 1
    @property
    def b(self):
        print("get b")
        return 2
    @property
    def c(self):
        print("get c")
        return 3
match P():
    case P(1, 3, c=3):
        print("no")
    case P(1, 2, c=4):
        print("no")
    case P(c=3, a=1):
        print("keyword order")
match 0:
    case P():
        print("no")
    case _:
        print("not a P")
