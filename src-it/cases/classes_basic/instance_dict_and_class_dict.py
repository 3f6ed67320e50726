class C:
    a = 1
    def m(self):
        pass
c = C()
c.b = 2
print(c.__dict__, sorted(k for k in C.__dict__ if not k.startswith("__")), type(C.__dict__).__name__)
c.__dict__["z"] = 26
print(c.z)
