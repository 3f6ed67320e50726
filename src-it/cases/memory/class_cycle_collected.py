# A class is always part of a cycle (its methods' globals, its MRO); the collector frees classes
# nothing else holds, with the instances and functions of their cycle.
import gc
import weakref


def make(tag):
    class Local:
        label = tag

        def method(self):
            return self.label

    Local.me = Local
    inst = Local()
    inst.cls = Local
    return weakref.ref(Local, lambda r: print("class gone:", tag)), inst


ref, inst = make("first")
print(inst.method(), ref() is not None)
del inst
print("collected something:", gc.collect() > 0)
print("dead:", ref() is None)

refs = [make("n%d" % i)[0] for i in range(3)]
gc.collect()
print([r() is None for r in refs])
