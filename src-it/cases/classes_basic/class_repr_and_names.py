class Outer:
    class Inner:
        def m(self):
            pass
print(Outer.__name__, Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.__module__)
print(repr(Outer), repr(Outer.Inner), str(int))
