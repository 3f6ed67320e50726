# atexit: handlers run last-registered first after the main module, with their arguments.
import atexit


class Loud:
    def __init__(self, tag):
        self.tag = tag

    def __call__(self):
        raise RuntimeError("handler %s failed" % self.tag)

    def __repr__(self):
        return "Loud(%r)" % self.tag


def say(*args, **kwargs):
    print("say", args, kwargs)


print(atexit.register(say, 1) is say)
atexit.register(Loud("a"))
atexit.register(say, 2, end="!")
atexit.register(print, "registered then unregistered")
atexit.unregister(print)
atexit.unregister(len)
for bad in [(), (1,)]:
    try:
        atexit.register(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    atexit.unregister()
except TypeError as e:
    print("TypeError:", e)
print("main ends")
