class Pause:
    def __await__(self):
        yield
async def worker(name):
    try:
        print(name, "started")
        await Pause()
        print(name, "never resumed")
    finally:
        print(name, "finally runs when the coroutine is dropped")
c = worker("a")
c.send(None)
print("dropping a")
del c
print("after a")
def run_once():
    w = worker("b")
    w.send(None)
    print("leaving run_once")
run_once()
print("after b")
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")
for x in gen():
    print("got", x)
    break
print("after the loop")
g = gen()
next(g)
g = None
print("end")
