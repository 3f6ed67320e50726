# __prepare__ that is missing, not callable, or raising
class NoPrepare(type):
    __prepare__ = None
try:
    class A(metaclass=NoPrepare): pass
except TypeError as e:
    print(e)
class Raising(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        raise LookupError("prepare failed for " + name)
try:
    class B(metaclass=Raising): pass
except LookupError as e:
    print(e)
class WrongArgs(type):
    @classmethod
    def __prepare__(mcls):
        return {}
try:
    class C(metaclass=WrongArgs): pass
except TypeError as e:
    print(e)
class Seq(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return [1]
try:
    class D(metaclass=Seq): pass
except TypeError as e:
    print(type(e).__name__)
