class Ask:
    def __await__(self):
        answer = yield "question"
        return answer
async def worker():
    try:
        a = await Ask()
        print("got", a)
        b = await Ask()
        print("got", b)
    except KeyError as e:
        print("caught", repr(e))
        c = await Ask()
        return f"recovered with {c}"
    finally:
        print("finally runs")
    return "normal"
w = worker()
print(w.send(None))
print(w.send(1))
print(w.throw(KeyError("k")))
try:
    w.send("x")
except StopIteration as e:
    print("result", e.value)
w = worker()
w.send(None)
print(w.close())
print(w.cr_frame)
try:
    worker().send(5)
except TypeError as e:
    print("TypeError:", e)
w = worker()
try:
    w.throw(ValueError("before start"))
except ValueError as e:
    print("raised at start:", e)
print(w.cr_frame)
