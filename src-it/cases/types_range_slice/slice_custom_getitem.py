class Seq:
    def __getitem__(self, key):
        return repr(key)
s = Seq()
print(s[1], s[1:2], s[::3], s[1:2, 3], s[...], s[:, 0], s["k"], s[-1:])
