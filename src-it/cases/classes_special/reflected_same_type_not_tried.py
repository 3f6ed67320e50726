# When both operands have the same type, the reflected method is never tried.
class Same:
    def __add__(self, o):
        print("Same.__add__"); return NotImplemented
    def __radd__(self, o):
        print("Same.__radd__"); return "radd"
    def __lt__(self, o):
        print("Same.__lt__"); return NotImplemented
    def __gt__(self, o):
        print("Same.__gt__"); return NotImplemented
try:
    Same() + Same()
except TypeError as e:
    print(e)
try:
    Same() < Same()
except TypeError as e:
    print(e)
class Other(Same):
    pass
try:
    Same() + Other()
except TypeError as e:
    print(e)
try:
    Other() < Same()
except TypeError as e:
    print(e)
