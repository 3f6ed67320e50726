# NotImplemented in a boolean context is deprecated: a DeprecationWarning on stderr.
import warnings
warnings.simplefilter("always")
class Odd:
    def __eq__(self, other):
        return NotImplemented
print(bool(NotImplemented))
if NotImplemented:
    print("truthy")
print(Odd() == Odd())
print(not NotImplemented)
