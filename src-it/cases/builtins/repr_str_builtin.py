class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both!"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(repr(Both()), str(Both()), str(OnlyRepr()), [Both()], f"{Both()}", "%s %r" % (Both(), Both()))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
