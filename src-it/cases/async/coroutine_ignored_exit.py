class Pause:
    def __await__(self):
        yield
async def stubborn():
    try:
        await Pause()
    except GeneratorExit:
        print("ignoring GeneratorExit")
    await Pause()
    return "finished after all"
c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def raises_other():
    try:
        await Pause()
    except GeneratorExit:
        raise ValueError("from close")
c = raises_other()
c.send(None)
try:
    c.close()
except ValueError as e:
    print("ValueError:", e)
async def quiet():
    try:
        await Pause()
    finally:
        print("cleanup")
c = quiet()
c.send(None)
c.close()
c.close()
print("closed twice")
