class Node:
    created = 0
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt
        Node.created += 1
head = None
for v in range(5):
    head = Node(v, head)
out = []
while head:
    out.append(head.value)
    head = head.next
print(out, Node.created)
