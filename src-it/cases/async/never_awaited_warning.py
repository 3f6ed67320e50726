async def job():
    return 1
print("start")
job()
print("after expression statement")
c = job()
del c
print("after del")
d = job()
d.close()
del d
print("closed coroutines do not warn")
e = job()
try:
    e.send(None)
except StopIteration:
    pass
del e
print("finished coroutines do not warn")
def f():
    job()
f()
print("end")
