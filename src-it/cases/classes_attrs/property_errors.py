# property error messages
class A:
    @property
    def ro(self):
        return 1
    wo = property(None, lambda self, v: None)
    plain = property()
a = A()
for action in ("set", "del", "get"):
    for name in ("ro", "wo", "plain"):
        try:
            if action == "set":
                setattr(a, name, 5)
            elif action == "del":
                delattr(a, name)
            else:
                getattr(a, name)
            print(action, name, "ok")
        except AttributeError as e:
            print(action, name, e)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
try:
    property(foo=1)
except TypeError as e:
    print(e)
p = property(lambda self: 1)
try:
    p.__get__()
except TypeError as e:
    print(e)
print(p.__get__(None, A) is p, p.__get__(a))
try:
    p.__set__(a, 1)
except AttributeError as e:
    print(e)
