def m(v):
    match v:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case 1:
            return "one"
        case 0:
            return "zero"
    return "nothing"
for v in (True, False, None, 1, 0, 1.0, 0.0, [], ""):
    print(repr(v), m(v))
class Eq:
    def __eq__(self, other):
        print("__eq__ called with", other)
        return True
match Eq():
    case None:
        print("matched None")
    case True:
        print("matched True")
    case 5:
        print("matched 5")
