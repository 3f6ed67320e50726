import gc
target = []
holder1 = [target]
holder2 = {"t": target}
class Box:
    pass
b = Box()
b.t = target
refs = gc.get_referrers(target)
print(any(r is holder1 for r in refs), any(r is holder2 for r in refs))
print(len([r for r in refs if type(r) is list and r is not holder1]))
