class Later:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield ("later", self.v)
        return got
def drive(coro):
    sent = None
    while True:
        try:
            req = coro.send(sent)
        except StopIteration as e:
            return e.value
        print("loop got", req)
        sent = req[1] * 2
async def main():
    doubled = [await Later(x) for x in range(3)]
    pairs = {x: await Later(x) for x in "ab"}
    nested = [[await Later(i + j) for j in range(2)] for i in (10, 20)]
    return doubled, pairs, nested
print(drive(main()))
