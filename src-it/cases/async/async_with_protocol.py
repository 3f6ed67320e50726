class Step:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        print("  suspend", self.label)
        yield self.label
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Step(self.name + ".enter")
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        await Step(self.name + ".exit")
        return self.suppress
def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value
async def main():
    async with Manager("a") as a, Manager("b") as b:
        print("body", a, b)
    async with Manager("s", suppress=True):
        raise ValueError("swallowed")
    try:
        async with Manager("p"):
            raise KeyError("passes")
    except KeyError as e:
        print("propagated", e)
    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
            print("loop body", i)
    async with Manager("r"):
        return "returned from inside"
print(run(main()))
