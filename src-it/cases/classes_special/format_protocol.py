# format(), f-strings and str.format call __format__ with the spec.
class F:
    def __format__(self, spec):
        print("spec:", repr(spec)); return f"<{spec}>"
f = F()
print(format(f), format(f, "x>5"), f"{f:>{3}}", "{:abc}".format(f), "{0!s:}".format(1))
class Plain: 
    def __str__(self): return "plain"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), "x")
except TypeError as e:
    print(e)
class Bad:
    def __format__(self, spec): return 5
try:
    format(Bad())
except TypeError as e:
    print(e)
try:
    f"{Bad()}"
except TypeError as e:
    print(e)
class Sub(int):
    def __format__(self, spec): return "Sub:" + spec
print(format(Sub(3), "04"), f"{Sub(3):x}", "%d" % Sub(3))
print(format(3, ""), format(2.5, "^7"), format("s", "*>3"))
try:
    format(object(), "d")
except TypeError as e:
    print(e)
try:
    format(1, 2)
except TypeError as e:
    print(e)
