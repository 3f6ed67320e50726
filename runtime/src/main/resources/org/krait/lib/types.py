"""Names for the types of the interpreter's own objects (Krait's own types module).

Each type is taken from an object of that type, so the module holds the very classes the
interpreter uses; the dynamic class creation helpers (new_class, prepare_class, resolve_bases)
follow the steps of a class statement.
"""

import sys as _sys


def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = type(_sys.implementation)


def _cell_of():
    value = None

    def inner():
        return value

    return inner.__closure__[0]


CellType = type(_cell_of())


def _generator():
    yield 1


GeneratorType = type(_generator())


async def _coroutine():
    pass


_c = _coroutine()
CoroutineType = type(_c)
_c.close()


async def _async_generator():
    yield 1


AsyncGeneratorType = type(_async_generator())


class _Class:
    __slots__ = ("_member",)

    def _method(self):
        pass


MethodType = type(_Class()._method)
MemberDescriptorType = type(_Class._member)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
GetSetDescriptorType = type(float.real)
ModuleType = type(_sys)

try:
    raise TypeError
except TypeError as _error:
    TracebackType = type(_error.__traceback__)
    FrameType = type(_error.__traceback__.tb_frame)

NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)

del _function, _cell_of, _generator, _coroutine, _c, _async_generator, _Class


def resolve_bases(bases):
    """The bases a class statement would use: each non-class base replaced by what its
    __mro_entries__(bases) returns. The same tuple comes back when nothing was replaced."""
    resolved = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, "__mro_entries__"):
            resolved.append(base)
            continue
        entries = base.__mro_entries__(bases)
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(entries)
        changed = True
    return tuple(resolved) if changed else bases


def _calculate_meta(meta, bases):
    """The most derived of meta and the metaclasses of the bases, or TypeError if they disagree."""
    winner = meta
    for base in bases:
        candidate = type(base)
        if issubclass(winner, candidate):
            continue
        if issubclass(candidate, winner):
            winner = candidate
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be "
                        "a (non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, the namespace its __prepare__ gives and the remaining keywords, for a
    class statement with these bases and keywords (the 'metaclass' keyword is consumed)."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    namespace = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """A class made as a class statement makes it; exec_body(namespace) plays the body."""
    resolved = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace["__orig_bases__"] = bases
    return meta(name, resolved, namespace, **kwds)


class DynamicClassAttribute:
    """An attribute computed on instances that looks missing on the class, so that the class
    (through its metaclass's __getattr__) can answer for it: enum's name and value."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy(self, fget, fset, fdel):
        doc = fget.__doc__ if self.overwrite_doc and fget is not None else self.__doc__
        result = type(self)(fget, fset, fdel, doc)
        result.overwrite_doc = self.overwrite_doc
        return result

    def getter(self, fget):
        return self._copy(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._copy(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._copy(self.fget, self.fset, fdel)


_CO_GENERATOR = 0x20
_CO_ITERABLE_COROUTINE = 0x100
_CO_COROUTINE = 0x80


class _AwaitableGenerator:
    """A generator made awaitable: what a function decorated with coroutine() returns when the
    generator cannot itself be marked as a coroutine."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__wrapped.__class__ is GeneratorType:
            return self.__wrapped
        return self

    __await__ = __iter__


def _has_methods(obj, *names):
    """Whether obj's class provides every one of the methods (the generator and coroutine ABCs' test)."""
    cls = type(obj)
    return all(getattr(cls, name, None) is not None for name in names)


def coroutine(func):
    """Makes a generator-based coroutine of func, so that what it returns can be awaited."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    code = getattr(func, "__code__", None)
    if func.__class__ is FunctionType and code.__class__ is CodeType:
        if code.co_flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if result.__class__ is CoroutineType:
            return result
        if result.__class__ is GeneratorType or (_has_methods(result, "__iter__", "__next__", "send", "throw", "close")
                                                 and not _has_methods(result, "__await__", "send", "throw", "close")):
            return _AwaitableGenerator(result)
        return result

    for attribute in ("__module__", "__name__", "__qualname__", "__doc__"):
        if hasattr(func, attribute):
            setattr(wrapped, attribute, getattr(func, attribute))
    wrapped.__dict__.update(getattr(func, "__dict__", {}))
    wrapped.__wrapped__ = func
    return wrapped


__all__ = [name for name in globals() if name[:1] != "_"]
