def register(cls):
    cls.registered = True
    return cls
@register
class K:
    pass
print(K.registered)
def add_method(cls):
    cls.hello = lambda self: "hi " + type(self).__name__
    return cls
@add_method
class L:
    pass
print(L().hello())
