class C:
    a = 1
    def m(self):
        pass
o = C()
o.z = 2
print([n for n in dir(o) if not n.startswith("__")])
print([n for n in dir(C) if not n.startswith("_")])
def f():
    local1 = 1
    local2 = 2
    return dir()
print(f())
print("append" in dir([]), "__len__" in dir("x"))
