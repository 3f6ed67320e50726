"""Krait's own collections: deque, defaultdict, OrderedDict, Counter and namedtuple.

Written for Krait after the behaviour of CPython 3.11's module (its reprs, messages and
orderings); collections.abc is the submodule beside it.
"""

import sys as _sys
from keyword import iskeyword as _iskeyword

__all__ = ['deque', 'defaultdict', 'OrderedDict', 'Counter', 'namedtuple']


################################################################################
### deque
################################################################################

class deque:
    """A double-ended queue over a list; with maxlen, adding to a full deque drops from the other end."""

    __slots__ = ('_items', '_maxlen', '__weakref__')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            maxlen = maxlen.__index__() if not isinstance(maxlen, int) else maxlen
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        if iterable is not self:
            self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def append(self, x):
        items = self._items
        if self._maxlen is not None and len(items) >= self._maxlen:
            if self._maxlen == 0:
                return
            del items[0]
        items.append(x)

    def appendleft(self, x):
        items = self._items
        if self._maxlen is not None and len(items) >= self._maxlen:
            if self._maxlen == 0:
                return
            items.pop()
        items.insert(0, x)

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def pop(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop(0)

    def clear(self):
        self._items.clear()

    def copy(self):
        return type(self)(self._items, self._maxlen) if type(self) is deque else self.__class__(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._items.count(x)

    def index(self, x, start=0, stop=_sys.maxsize):
        try:
            return self._items.index(x, start, stop)
        except ValueError:
            raise ValueError(f'{x!r} is not in deque') from None

    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._items.insert(i, x)

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError(f'{value!r} is not in deque') from None

    def reverse(self):
        self._items.reverse()

    def rotate(self, n=1):
        items = self._items
        if len(items) > 1:
            n %= len(items)
            if n:
                items[:] = items[-n:] + items[:-n]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __reversed__(self):
        return reversed(list(self._items))

    def __contains__(self, x):
        return x in self._items

    def _index(self, i):
        if not isinstance(i, int):
            if hasattr(type(i), '__index__'):
                i = i.__index__()
            else:
                raise TypeError(f'sequence index must be integer, not {type(i).__name__!r}')
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        return i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        del self._items[self._index(i)]

    def __repr__(self):
        if _repr_running(self):
            return '[...]'
        try:
            items = repr(self._items)
        finally:
            _repr_done(self)
        name = type(self).__name__
        if self._maxlen is None:
            return f'{name}({items})'
        return f'{name}({items}, maxlen={self._maxlen})'

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __hash__(self):
        # CPython's deque is a builtin named collections.deque, which is what its message shows.
        raise TypeError("unhashable type: 'collections.deque'")

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self._items)
        self._items.clear()
        for _ in range(n):
            self.extend(items)
        return self

    def __reduce__(self):
        return type(self), ((), self._maxlen), None, iter(self._items)

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


_repr_active = set()


def _repr_running(obj):
    key = id(obj)
    if key in _repr_active:
        return True
    _repr_active.add(key)
    return False


def _repr_done(obj):
    _repr_active.discard(id(obj))


_GenericAlias = type(list[int])


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    """A dict whose missing keys get a value made by default_factory."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            shown = 'None'
        elif _repr_running(self):
            shown = '...'
        else:
            try:
                shown = repr(factory)
            finally:
                _repr_done(self)
        return f'{type(self).__name__}({shown}, {dict.__repr__(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result


################################################################################
### OrderedDict
################################################################################

class OrderedDict(dict):
    """A dict that remembers insertion order, with order-sensitive equality and move_to_end."""

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        if key not in self:
            raise KeyError(key)
        if last:
            value = dict.pop(self, key)
            dict.__setitem__(self, key, value)
        else:
            rest = [(k, v) for k, v in self.items() if k != key]
            value = dict.__getitem__(self, key)
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(a == b for a, b in zip(self, other))
        return dict.__eq__(self, other)

    __hash__ = None

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        if _repr_running(self):
            return '...'
        try:
            return f'{type(self).__name__}({list(self.items())!r})'
        finally:
            _repr_done(self)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        state = vars(self) if hasattr(self, '__dict__') and vars(self) else None
        return type(self), (), state, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### Counter
################################################################################

class Counter(dict):
    """A dict that counts hashable things; missing elements count zero."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        ordered = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return ordered if n is None else ordered[:max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict) or hasattr(iterable, 'keys'):
                if self:
                    for elem in iterable.keys():
                        self[elem] = self.get(elem, 0) + iterable[elem]
                else:
                    dict.update(self, iterable)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict) or hasattr(iterable, 'keys'):
                for elem in iterable.keys():
                    self[elem] = self.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            shown = ', '.join(f'{k!r}: {v!r}' for k, v in self.most_common())
            return f'{self.__class__.__name__}({{{shown}}})'
        except TypeError:
            return f'{self.__class__.__name__}({dict(self)!r})'

    def _keep_positive(self):
        for elem in [e for e, n in self.items() if not n > 0]:
            del self[elem]
        return self

    def _combine(self, other, pick, keys_of_other=True):
        """A new Counter of pick(own count, other's count) for self's elements, then the other's, kept when positive."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        elems = list(self)
        if keys_of_other:
            elems += [e for e in other if e not in self]
        for elem in elems:
            n = pick(self[elem], other[elem])
            if n > 0:
                result[elem] = n
        return result

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        return self._combine(other, lambda a, b: a if a < b else b, keys_of_other=False)

    def __pos__(self):
        return Counter({e: n for e, n in self.items() if n > 0})

    def __neg__(self):
        return Counter({e: 0 - n for e, n in self.items() if n < 0})

    def __iadd__(self, other):
        for elem, n in other.items():
            self[elem] += n
        return self._keep_positive()

    def __isub__(self, other):
        for elem, n in other.items():
            self[elem] -= n
        return self._keep_positive()

    def __ior__(self, other):
        for elem, n in other.items():
            if n > self[elem]:
                self[elem] = n
        return self._keep_positive()

    def __iand__(self, other):
        for elem, n in self.items():
            if other[elem] < n:
                self[elem] = other[elem]
        return self._keep_positive()


################################################################################
### namedtuple
################################################################################

def _checked_names(typename, field_names, rename):
    """The field names as namedtuple takes them, renamed or checked; ValueError/TypeError as CPython's."""
    if rename:
        used = set()
        for position, name in enumerate(field_names):
            bad = not name.isidentifier() or _iskeyword(name) or name.startswith('_') or name in used
            used.add(name)
            if bad:
                field_names[position] = '_%d' % position
    for name in [typename, *field_names]:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    used = set()
    for name in field_names:
        if not rename and name.startswith('_'):
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in used:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        used.add(name)
    return tuple(_sys.intern(name) for name in field_names)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass named typename whose items are also attributes named field_names."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    typename = _sys.intern(str(typename))
    fields = _checked_names(typename, [str(name) for name in field_names], rename)
    count = len(fields)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > count:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[count - len(defaults):], defaults))

    # __new__ is compiled so that a wrong call gets the ordinary messages about its parameters.
    params = ', '.join(fields)
    new_source = f'lambda _cls, {params}: _make_tuple(_cls, ({params}{"," if count == 1 else ""}))'
    new = eval(new_source, {'_make_tuple': tuple.__new__, '__builtins__': {}})
    new.__name__ = '__new__'
    new.__doc__ = f'Create new instance of {typename}({params})'
    if defaults is not None:
        new.__defaults__ = defaults
    shown = ', '.join(f'{name}=%r' for name in fields)

    def _make(cls, iterable):
        made = tuple.__new__(cls, iterable)
        if len(made) != count:
            raise TypeError(f'Expected {count} arguments, got {len(made)}')
        return made
    _make.__doc__ = f'Make a new {typename} object from a sequence or iterable'

    def _replace(self, /, **kwds):
        values = [kwds.pop(name) if name in kwds else value for name, value in zip(fields, self)]
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return self._make(values)
    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'

    def __repr__(self):
        """Return a nicely formatted representation string"""
        return f'{type(self).__name__}({shown % tuple(self)})'

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    members = {'__new__': new, '_make': _make, '_replace': _replace, '__repr__': __repr__,
               '_asdict': _asdict, '__getnewargs__': __getnewargs__}
    for function in members.values():
        function.__qualname__ = f'{typename}.{function.__name__}'
    members['_make'] = classmethod(_make)
    members.update({
        '__doc__': f'{typename}({params})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__match_args__': fields,
    })
    for position, name in enumerate(fields):
        members[name] = property(_item_getter(position), doc=f'Alias for field number {position}')
    cls = type(typename, (tuple,), members)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return cls


def _item_getter(position):
    def get(self):
        return tuple.__getitem__(self, position)
    return get
