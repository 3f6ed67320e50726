head = None
for i in range(1000000):
    head = [i, head]
print("built")
head = None
print("freed")
cells = None
for i in range(200000):
    cells = {"next": cells}
cells = None
print("dicts freed")
