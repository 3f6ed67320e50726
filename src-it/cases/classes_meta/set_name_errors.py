# Exceptions from __set_name__ are wrapped in RuntimeError (3.11)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("bad " + name)
try:
    class A:
        attr = Bad()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
class NotCallable:
    __set_name__ = 5
try:
    class B:
        x = NotCallable()
except RuntimeError as e:
    print(e, "|", type(e.__cause__).__name__, e.__cause__)
class WrongArgs:
    def __set_name__(self):
        pass
try:
    class C:
        y = WrongArgs()
except RuntimeError as e:
    print(e, "|", e.__cause__)
