class A: pass
class B(A): pass
class C: pass
objs = [A(), B(), C()]
print([isinstance(o, A) for o in objs], [type(o).__name__ for o in objs if isinstance(o, (B, C))])
print(issubclass(B, (C, A)), issubclass(B, object), type(B()) is A)
