saved = []
class Phoenix:
    def __del__(self):
        print("del called")
        saved.append(self)
p = Phoenix()
del p
print("resurrected:", len(saved))
p = saved.pop()
print("popped")
del p
print("end")
