# A str subclass's overridden __iter__, __len__, __getitem__, __contains__: who calls them.
class S(str):
    def __iter__(self):
        print("__iter__"); return iter(["x", "y"])
    def __len__(self):
        print("__len__"); return 42
    def __getitem__(self, i):
        print("__getitem__", i); return "G"
    def __contains__(self, x):
        print("__contains__", x); return True
s = S("abc")
print(list(s), len(s), s[0], "z" in s)
print("-".join(s), s.join(["1", "2"]), s.upper(), s.count("a"), s.find("c"))
print(sorted(s), tuple(s), [c for c in s])
print(s == "abc", s.startswith("ab"), s.split("b"), str.__len__(s), str.__getitem__(s, 1))
print(s.encode(), s * 2, s + "!", f"{s:>5}")
for ch in s:
    print("loop", ch)
