head = None
for i in range(300000):
    head = [i, head]
print("built")
head = None
print("freed")
cells = None
for i in range(100000):
    cells = {"next": cells}
cells = None
print("dicts freed")
