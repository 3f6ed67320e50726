keep = []
class R:
    def __init__(self):
        self.data = [1, 2, 3]
    def __del__(self):
        keep.append(self)
r = R()
del r
print(keep[0].data)
keep[0].data.append(4)
print(keep[0].data)
keep.clear()
print("cleared")
