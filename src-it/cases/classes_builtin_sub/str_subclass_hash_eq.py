# A case-insensitive str subclass used as dict keys: __eq__/__hash__ overrides.
class CIStr(str):
    def __eq__(self, other):
        return isinstance(other, str) and self.lower() == other.lower()
    def __ne__(self, other):
        return not self == other
    def __hash__(self):
        return hash(self.lower())
d = {CIStr("Content-Type"): "text/plain"}
print(d.get(CIStr("content-type")), CIStr("ABC") == "abc", "abc" == CIStr("ABC"))
print(CIStr("x") != "X", CIStr("x") in ["X"], CIStr("x") in {"X"}, "X" in {CIStr("x")})
print(sorted([CIStr("b"), CIStr("A")]), CIStr("a") < "B", "abc".count(CIStr("b")))
print(["ab", "AB"].index(CIStr("AB")), ["ab", "AB"].count(CIStr("ab")))
class NoHash(str):
    def __eq__(self, other): return True
try:
    hash(NoHash("x"))
except TypeError as e:
    print(e)
print(NoHash("x") == 5, "q" == NoHash("x"))
