"""Support for pickle and copy (Krait's own copyreg module).

CPython 3.11's public API: the dispatch table of reduction functions for types, the registry of
extension codes, and the helpers that pickles made by protocols 0 to 5 call when they are
loaded (``_reconstructor``, ``__newobj__``, ``__newobj_ex__``). The ``_krait_*`` helpers are
what ``object.__reduce_ex__`` and ``object.__getstate__`` (written in Java) call, as CPython's C
code calls into this module.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # The constructor is only checked: unpickling finds it by name.
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


# Protocols 0 and 1: an instance of a class is rebuilt from the nearest builtin base's value.

def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9


def _reduce_ex(self, proto):
    assert proto < 2
    cls = self.__class__
    # The first class along the MRO that a program did not define holds the builtin value.
    for base in cls.__mro__:
        if not base.__flags__ & _HEAPTYPE:
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that defines __slots__ "
                            f"without defining __getstate__ cannot be pickled with protocol {proto}") from None
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        if type(self).__getstate__ is object.__getstate__ and getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


# Protocol 2 and later: NEWOBJ and NEWOBJ_EX call cls.__new__ with the saved arguments.

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the __slots__ members of cls and its bases (private names mangled), cached
    in cls.__slotnames__."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" not in c.__dict__:
                continue
            slots = c.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    owner = c.__name__.lstrip("_")
                    if owner:
                        name = "_%s%s" % (owner, name)
                names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


# The extension registry: codes that stand for (module, name) pairs in EXT1/EXT2/EXT4.

_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()


# What object.__reduce_ex__ and object.__getstate__ do (CPython: Objects/typeobject.c).

def _krait_reduce_ex(obj, proto, opaque):
    reduce = getattr(obj, "__reduce__", None)
    if reduce is not None and getattr(type(obj), "__reduce__", None) is not object.__reduce__:
        return reduce()
    if proto >= 2:
        return _krait_reduce_newobj(obj, opaque)
    return _reduce_ex(obj, proto)


def _krait_newargs(obj):
    """(args, kwargs) from __getnewargs_ex__ or __getnewargs__, checked as CPython does; (None, None) without."""
    cls = type(obj)
    getnewargs_ex = getattr(cls, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        result = getnewargs_ex(obj)
        if type(result) is not tuple:
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(result).__name__)
        if len(result) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(result))
        args, kwargs = result
        if type(args) is not tuple:
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if type(kwargs) is not dict:
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
        return args, kwargs
    getnewargs = getattr(cls, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs(obj)
        if type(args) is not tuple:
            raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
        return args, None
    return None, None


def _krait_reduce_newobj(obj, opaque):
    cls = type(obj)
    args, kwargs = _krait_newargs(obj)
    hasargs = args is not None
    if not kwargs:
        newobj = __newobj__
        newargs = (cls,) + (args or ())
    else:
        newobj = __newobj_ex__
        newargs = (cls, args, kwargs)
    required = not (hasargs or isinstance(obj, (list, dict)))
    if type(obj).__getstate__ is object.__getstate__:
        state = _krait_getstate(obj, required, opaque)
    else:
        state = obj.__getstate__()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return newobj, newargs, state, listitems, dictitems


def _krait_getstate(obj, required, opaque):
    if required and opaque:
        raise TypeError("cannot pickle '%s' object" % _krait_type_name(type(obj)))
    try:
        state = obj.__dict__
    except AttributeError:
        state = None
    if not state:
        state = None
    names = _slotnames(type(obj))
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _krait_type_name(cls):
    """CPython's tp_name: a builtin type's name with its module, unless that is builtins."""
    module = cls.__module__
    if cls.__flags__ & _HEAPTYPE or module == "builtins":
        return cls.__name__
    return "%s.%s" % (module, cls.__qualname__)
