# The order of a metaclass's __prepare__, __new__, __init__ and __call__
log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(("prepare", mcls.__name__, name, bases, kw))
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", name, sorted(k for k in ns if not k.startswith("__")), kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name, kw))
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        log.append(("call", cls.__name__, args, kwargs))
        return super().__call__(*args, **kwargs)
class A(metaclass=Meta, flag=True):
    x = 1
    def __init__(self, v):
        log.append(("A.__init__", v))
a = A(5)
for entry in log:
    print(entry)
print(type(A).__name__, A.injected, isinstance(A, Meta), type(a).__name__)
class B(A): pass
print(type(B).__name__, log[-1])
