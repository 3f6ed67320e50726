class Node:
    def __init__(self, n, nxt):
        self.n = n
        self.next = nxt
    def __del__(self):
        if self.n % 50000 == 0:
            print("del", self.n)
head = None
for i in range(200000):
    head = Node(i, head)
print("built")
head = None
print("freed")
