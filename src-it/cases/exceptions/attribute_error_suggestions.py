class C:
    def __init__(self):
        self.value = 1
try:
    C().valeu
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
try:
    prnt("x")
except NameError as e:
    print(e, e.name)
