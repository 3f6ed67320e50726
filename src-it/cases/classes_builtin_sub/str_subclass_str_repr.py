# Which conversions call an overridden __str__ / __repr__ / __format__ of a str subclass.
class S(str):
    def __str__(self): return "S.__str__"
    def __repr__(self): return "S.__repr__"
s = S("value")
print(s)
print(str(s), repr(s), f"{s}", f"{s!s}", f"{s!r}", "%s" % s, "%r" % s, "{}".format(s))
print(format(s), format(s, ">7"), [s], (s,), {s: s})
print(s + "", s.upper(), len(s), s.__len__())
class Fmt(str):
    def __format__(self, spec): return "Fmt(" + spec + ")"
f = Fmt("x")
print(f"{f}", f"{f:>3}", format(f, "z"), "{:q}".format(f), "%s" % f)
import sys
sys.stdout.write(s)
sys.stdout.write("\n")
print("".join([s, s]), s.join("ab"))
