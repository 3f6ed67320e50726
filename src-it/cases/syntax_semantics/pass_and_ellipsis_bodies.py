def f():
    pass
def g():
    ...
class E:
    pass
print(f(), g(), E.__name__)
if True:
    pass
for _ in range(2):
    pass
print("done")
