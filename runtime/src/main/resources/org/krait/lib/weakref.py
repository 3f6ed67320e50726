"""Weak references and the containers built on them.

Krait's own module over the _weakref builtin module: ref, proxy, getweakrefcount, getweakrefs,
WeakMethod, WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize.
"""

from _weakref import (ref, proxy, getweakrefcount, getweakrefs, ReferenceType, ProxyType,
                      CallableProxyType, _remove_dead_weakref)

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
           "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method: it dies when either the object or the function dies;
    calling it gives a freshly bound method, or None."""

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        holder = []

        def on_death(_, holder=holder):
            me = holder[0]() if holder else None
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)

        self = ref.__new__(cls, obj, on_death)
        self._func_ref = ref(func, on_death)
        self._meth_type = type(meth)
        self._alive = True
        holder.append(ref(self))
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that remembers the key it is stored under (WeakValueDictionary's values)."""

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


def _owner_callback(owner, action):
    """A callback holding its container weakly, so that the container can die first."""
    owner_ref = ref(owner)

    def callback(wr):
        container = owner_ref()
        if container is not None:
            action(container, wr)
    return callback


def _drop_value(container, wr):
    try:
        _remove_dead_weakref(container.data, wr.key)
    except KeyError:
        pass


def _drop_key(container, wr):
    try:
        del container.data[wr]
    except KeyError:
        pass


def _drop_item(container, wr):
    container.data.discard(wr)


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self._expire = _owner_callback(self, _drop_value)
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._expire, key)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    keys = __iter__

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def values(self):
        for wr in list(self.data.values()):
            v = wr()
            if v is not None:
                yield v

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kw):
        if other is not None:
            if hasattr(other, "keys"):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def copy(self):
        new = WeakValueDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def __or__(self, other):
        if hasattr(other, "keys"):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self._expire = _owner_callback(self, _drop_key)
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._expire)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __iter__(self):
        for wr in list(self.data):
            k = wr()
            if k is not None:
                yield k

    keys = __iter__

    def items(self):
        for wr, v in list(self.data.items()):
            k = wr()
            if k is not None:
                yield k, v

    def values(self):
        for wr, v in list(self.data.items()):
            if wr() is not None:
                yield v

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, v = self.data.popitem()
            k = wr()
            if k is not None:
                return k, v

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._expire), default)

    def update(self, dict=None, /, **kw):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for k, v in dict:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def copy(self):
        new = WeakKeyDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy


class WeakSet:
    """A set whose items are held weakly: an item goes when it dies."""

    def __init__(self, data=None):
        self._expire = _owner_callback(self, _drop_item)
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, set(self))

    def add(self, item):
        self.data.add(ref(item, self._expire))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = wr()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def _refs(self, other):
        return {ref(item) for item in other}

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.data.difference_update(self._refs(other))

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.data.intersection_update(self._refs(other))

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def union(self, other):
        new = self.copy()
        new.update(other)
        return new

    __or__ = union

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        for item in list(other):
            if item in self:
                self.discard(item)
            else:
                self.add(item)

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    def issubset(self, other):
        return self.data.issubset(self._refs(other))

    __le__ = issubset

    def __lt__(self, other):
        return self.data < self._refs(other)

    def issuperset(self, other):
        return self.data.issuperset(self._refs(other))

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > self._refs(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == self._refs(other)

    __hash__ = None

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs) once, when obj dies,
    when the finalize object is called, or at exit if it is still alive and its atexit is true."""

    _registry = {}
    _shutdown = False
    _counter = 0
    _exit_hook = False

    class _Info:
        pass

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._exit_hook:
            try:
                import atexit
            except ImportError:
                atexit = None
            if atexit is not None:
                atexit.register(finalize._exitfunc)
            finalize._exit_hook = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._counter += 1
        info.index = finalize._counter
        self._registry[self] = info

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        try:
            pending = sorted((info.index, f) for f, info in cls._registry.items() if info.atexit)
            for _, f in reversed(pending):
                if f in cls._registry:
                    f()
        finally:
            cls._shutdown = True
