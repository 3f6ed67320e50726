# threading.local: each thread sees its own attributes.
import threading

data = threading.local()
data.value = "main"
seen = []
lock = threading.Lock()


def body(n):
    before = hasattr(data, "value")
    data.value = n
    data.items = [n] * n
    with lock:
        seen.append((n, before, data.value, data.items))


threads = [threading.Thread(target=body, args=(i,)) for i in range(1, 5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen))
print(data.value, hasattr(data, "items"))
del data.value
print(hasattr(data, "value"))
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
print(type(data).__name__, isinstance(data, threading.local))
