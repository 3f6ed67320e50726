# __mro__ reflects a metaclass mro() override
class Meta(type):
    def mro(cls):
        default = super().mro()
        print("computing mro for", cls.__name__)
        return default
class A(metaclass=Meta): pass
class B(A): pass
print([c.__name__ for c in B.__mro__])
print([c.__name__ for c in B.mro()])
print(type.mro(B) == list(B.__mro__))
