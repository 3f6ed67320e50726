def make():
    x = 1
    def get():
        return x
    return get
c = make().__closure__[0]
print(type(c).__name__, c.cell_contents)
c.cell_contents = 99
print(c.cell_contents)
