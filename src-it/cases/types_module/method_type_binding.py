# Methods bound to classes and instances: __self__, __func__, repr and equality.
import types
class K:
    def f(self, x=1):
        return (type(self).__name__ if not isinstance(self, type) else self.__name__, x)
    @classmethod
    def c(cls):
        return cls.__name__
k = K()
bound_cls = types.MethodType(K.f, K)
print(bound_cls(), bound_cls(5), bound_cls.__self__ is K)
print(K.c(), type(K.c).__name__, K.c.__self__ is K, K.c.__func__.__name__)
print(k.f == k.f, k.f is k.f, k.f == K().f, hash(k.f) == hash(k.f))
print(repr(k.f).startswith("<bound method K.f of <__main__.K object at "), repr(K.c))
print(k.f.__name__, k.f.__qualname__, k.f.__doc__, k.f.__module__)
m = types.MethodType(lambda self: self, 42)
print(m(), m.__func__.__name__, m.__self__)
try:
    k.f.attr = 1
except AttributeError as e:
    print(e)
