class Future:
    def __init__(self):
        self.done = False
        self.result = None
    def set(self, v):
        self.done = True
        self.result = v
    def __await__(self):
        if not self.done:
            yield self
        return self.result
class Loop:
    def __init__(self):
        self.ready = []
        self.log = []
    def spawn(self, coro, name):
        self.ready.append((coro, name))
    def run(self):
        while self.ready:
            coro, name = self.ready.pop(0)
            try:
                fut = coro.send(None)
            except StopIteration as e:
                self.log.append((name, "done", e.value))
                continue
            self.log.append((name, "waits"))
            fut.set(name.upper())
            self.ready.append((coro, name))
        return self.log
async def task(name, n):
    total = []
    for i in range(n):
        total.append(await Future())
    return total
loop = Loop()
loop.spawn(task("a", 2), "a")
loop.spawn(task("b", 1), "b")
loop.spawn(task("c", 0), "c")
for entry in loop.run():
    print(entry)
