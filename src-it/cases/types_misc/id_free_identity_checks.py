class Obj:
    pass
o1, o2 = Obj(), Obj()
print(o1 is o2, o1 == o2, o1 is o1, o1 == o1)
lst = [o1, o2]
print(lst.index(o2), o1 in lst, Obj() in lst)
