"""Higher-order functions (part of CPython's functools, Krait's own): partial, reduce,
update_wrapper, wraps, cmp_to_key, total_ordering, lru_cache, cache and cached_property. partial
pickles as CPython's does."""

__all__ = ["WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "update_wrapper", "wraps", "reduce", "partial"]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    """partial(func, *args, **keywords): func with some arguments given in advance."""

    __slots__ = ("func", "args", "keywords", "__dict__", "__weakref__")

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        qualname = type(self).__qualname__
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        if type(self).__module__ == "functools":
            return f"functools.{qualname}({', '.join(parts)})"
        return f"{qualname}({', '.join(parts)})"

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args, self.keywords or None, self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError(f"expected 4 items in state, got {len(state)}")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or (kwds is not None and not isinstance(kwds, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        args = tuple(args)
        if kwds is None:
            kwds = {}
        elif type(kwds) is not dict:
            kwds = dict(kwds)
        if namespace is None:
            namespace = {}
        self.__dict__ = namespace
        self.func = func
        self.args = args
        self.keywords = kwds


################################################################################
### cmp_to_key, total_ordering
################################################################################

def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    class KeyWrapper:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return KeyWrapper


# For each root operation, how the other three follow from it: (name, negate the root's result,
# combine with equality: None, 'or ==' or 'and !=').
_DERIVED = {
    '__lt__': [('__gt__', True, 'and !='), ('__le__', False, 'or =='), ('__ge__', True, None)],
    '__le__': [('__ge__', True, 'or =='), ('__lt__', False, 'and !='), ('__gt__', True, None)],
    '__gt__': [('__lt__', True, 'and !='), ('__ge__', False, 'or =='), ('__le__', True, None)],
    '__ge__': [('__le__', True, 'or =='), ('__gt__', False, 'and !='), ('__lt__', True, None)],
}


def _derived_comparison(root, name, negate, combine):
    def compare(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        if negate:
            result = not result
        if combine == 'or ==':
            return result or self == other
        if combine == 'and !=':
            return result and self != other
        return result
    # Named as CPython's helpers are (its methods are shared module-level functions: _gt_from_lt...).
    compare.__name__ = compare.__qualname__ = f'_{name.strip("_")}_from_{root.strip("_")}'
    return compare


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    roots = {op for op in _DERIVED if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for name, negate, combine in _DERIVED[root]:
        if name not in roots:
            setattr(cls, name, _derived_comparison(root, name, negate, combine))
    return cls


################################################################################
### lru_cache, cache, cached_property
################################################################################

def _cache_info_type():
    from collections import namedtuple
    return namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])


_CacheInfo = None


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


_KWD_MARK = object()


def _lru_wrapper(user_function, maxsize, typed):
    global _CacheInfo
    if _CacheInfo is None:
        _CacheInfo = _cache_info_type()
    store = {}
    counts = [0, 0]  # hits, misses

    def key_of(args, kwds):
        key = args
        if kwds:
            key += (_KWD_MARK,) + tuple(kwds.items())
        if typed:
            key += tuple(type(v) for v in args)
            if kwds:
                key += tuple(type(v) for v in kwds.values())
        elif len(key) == 1 and type(key[0]) in (int, str):
            return key[0]
        return key

    def wrapper(*args, **kwds):
        if maxsize == 0:
            counts[1] += 1
            return user_function(*args, **kwds)
        key = key_of(args, kwds)
        if key in store:
            counts[0] += 1
            result = store.pop(key)
            store[key] = result
            return result
        counts[1] += 1
        result = user_function(*args, **kwds)
        if key not in store:
            store[key] = result
            if maxsize is not None and len(store) > maxsize:
                del store[next(iter(store))]
        return result

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(counts[0], counts[1], maxsize, len(store))

    def cache_clear():
        """Clear the cache and cache statistics"""
        store.clear()
        counts[0] = counts[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            ) from None
        value = store.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            store[self.attrname] = value
        return value

    __class_getitem__ = classmethod(lambda cls, item: type(list[int])(cls, item))


__all__ += ["cmp_to_key", "total_ordering", "lru_cache", "cache", "cached_property"]
