"""Krait's own itertools: CPython 3.11's iterator building blocks, each a class named as CPython's."""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']


class _Iterator:
    """An iterator whose items come from the generator that _items() makes."""
    __slots__ = ('_gen',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    def _start(self, gen):
        self._gen = gen


class count(_Iterator):
    __slots__ = ('_next', '_step')

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not isinstance(value, (int, float, complex)) and not hasattr(type(value), '__add__'):
                raise TypeError('a number is required')
        self._next = start
        self._step = step

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return f'count({self._next!r})'
        return f'count({self._next!r}, {self._step!r})'


class repeat(_Iterator):
    __slots__ = ('_object', '_times')

    def __init__(self, object, times=None):
        self._object = object
        self._times = None if times is None else max(0, times.__index__())

    def __next__(self):
        if self._times is not None:
            if self._times == 0:
                raise StopIteration
            self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._times})'


class cycle(_Iterator):
    def __init__(self, iterable):
        source = iter(iterable)

        def items():
            saved = []
            for element in source:
                yield element
                saved.append(element)
            while saved:
                yield from saved
        self._start(items())


class accumulate(_Iterator):
    def __init__(self, iterable, func=None, *, initial=None):
        source = iter(iterable)

        def items():
            total = initial
            if initial is None:
                try:
                    total = next(source)
                except StopIteration:
                    return
            yield total
            for element in source:
                total = total + element if func is None else func(total, element)
                yield total
        self._start(items())


class chain(_Iterator):
    def __init__(self, *iterables):
        self._start(self._chain(iter(iterables)))

    @staticmethod
    def _chain(sources):
        for source in sources:
            yield from source

    @classmethod
    def from_iterable(cls, iterable):
        made = cls.__new__(cls)
        made._start(cls._chain(iter(iterable)))
        return made

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class compress(_Iterator):
    def __init__(self, data, selectors):
        pairs = zip(data, selectors)
        self._start(d for d, s in pairs if s)


class dropwhile(_Iterator):
    def __init__(self, predicate, iterable):
        source = iter(iterable)

        def items():
            for element in source:
                if not predicate(element):
                    yield element
                    break
            yield from source
        self._start(items())


class takewhile(_Iterator):
    def __init__(self, predicate, iterable):
        source = iter(iterable)

        def items():
            for element in source:
                if not predicate(element):
                    return
                yield element
        self._start(items())


class filterfalse(_Iterator):
    def __init__(self, function, iterable):
        source = iter(iterable)
        test = bool if function is None else function
        self._start(element for element in source if not test(element))


class starmap(_Iterator):
    def __init__(self, function, iterable):
        source = iter(iterable)
        self._start(function(*args) for args in source)


class islice(_Iterator):
    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}' if args
                            else 'islice expected at least 2 arguments, got 1')
        bounds = slice(*args)
        start, stop, step = bounds.start, bounds.stop, bounds.step
        for value in (start, stop):
            if value is not None and (not isinstance(value, int) or value < 0):
                what = 'Stop argument' if len(args) == 1 else 'Indices'
                raise ValueError(f'{what} for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if step is not None and (not isinstance(step, int) or step < 1):
            raise ValueError('Step for islice() must be a positive integer or None.')
        start = start or 0
        step = step or 1
        source = iter(iterable)

        def items():
            position = 0
            wanted = start
            while stop is None or wanted < stop:
                try:
                    element = next(source)
                except StopIteration:
                    return
                if position == wanted:
                    yield element
                    wanted += step
                position += 1
            # Consume the items up to stop, as CPython does when the slice ends early.
            while position < (stop or 0):
                try:
                    next(source)
                except StopIteration:
                    return
                position += 1
        self._start(items())


class pairwise(_Iterator):
    def __init__(self, iterable):
        source = iter(iterable)

        def items():
            try:
                previous = next(source)
            except StopIteration:
                return
            for element in source:
                yield previous, element
                previous = element
        self._start(items())


class zip_longest(_Iterator):
    def __init__(self, *iterables, fillvalue=None):
        sources = [iter(it) for it in iterables]

        def items():
            if not sources:
                return
            active = len(sources)
            while True:
                row = []
                for position, source in enumerate(sources):
                    try:
                        row.append(next(source))
                    except StopIteration:
                        active -= 1
                        if not active:
                            return
                        sources[position] = repeat(fillvalue)
                        row.append(fillvalue)
                yield tuple(row)
        self._start(items())


class groupby(_Iterator):
    def __init__(self, iterable, key=None):
        self._source = iter(iterable)
        self._key = (lambda x: x) if key is None else key
        self._marker = object()
        self._current_key = self._current_value = self._marker
        self._target = self._marker
        self._id = object()

    __slots__ = ('_source', '_key', '_marker', '_current_key', '_current_value', '_target', '_id')

    def __next__(self):
        self._id = object()
        while self._current_key is not self._marker and self._current_key == self._target:
            self._advance()
        self._target = self._current_key
        if self._current_key is self._marker:
            self._advance()
            self._target = self._current_key
        return self._current_key, self._grouper(self._target, self._id)

    def _advance(self):
        value = next(self._source)
        self._current_value = value
        self._current_key = self._key(value)

    def _grouper(self, target, tag):
        while self._id is tag and self._current_key == target:
            yield self._current_value
            try:
                self._advance()
            except StopIteration:
                self._current_key = self._marker
                return


class _Tee(_Iterator):
    """One of tee's iterators: reads a shared buffer, filled from the source by whichever is ahead."""
    __slots__ = ('_shared', '_position')

    def __init__(self, shared, position=0):
        self._shared = shared
        self._position = position

    def __next__(self):
        source, buffer = self._shared
        if self._position == len(buffer):
            buffer.append(next(source))
        value = buffer[self._position]
        self._position += 1
        return value

    def __copy__(self):
        return _Tee(self._shared, self._position)


_Tee.__name__ = _Tee.__qualname__ = '_tee'


def tee(iterable, n=2):
    if n < 0:
        raise ValueError('n must be >= 0')
    shared = (iter(iterable), [])
    return tuple(_Tee(shared) for _ in range(n))


class product(_Iterator):
    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat

        def items():
            # An odometer over the pools, the last turning fastest: one tuple made per item.
            if any(not pool for pool in pools):
                return
            positions = [0] * len(pools)
            while True:
                yield tuple(pool[k] for pool, k in zip(pools, positions))
                i = len(pools) - 1
                while i >= 0 and positions[i] == len(pools[i]) - 1:
                    positions[i] = 0
                    i -= 1
                if i < 0:
                    return
                positions[i] += 1
        self._start(items())


class permutations(_Iterator):
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        r = n if r is None else r
        if r < 0:
            raise ValueError('r must be non-negative')
        chosen = []
        used = [False] * n

        def extend():
            # Each free position in turn, in order: tuples come in the order of the positions.
            if len(chosen) == r:
                yield tuple(pool[i] for i in chosen)
                return
            for i in range(n):
                if not used[i]:
                    used[i] = True
                    chosen.append(i)
                    yield from extend()
                    chosen.pop()
                    used[i] = False

        self._start(extend() if r <= n else iter(()))


class combinations(_Iterator):
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        n = len(pool)
        if r < 0:
            raise ValueError('r must be non-negative')
        chosen = []

        def extend(start):
            # Increasing positions, leaving room for the ones still to choose.
            if len(chosen) == r:
                yield tuple(pool[i] for i in chosen)
                return
            for i in range(start, n - (r - len(chosen)) + 1):
                chosen.append(i)
                yield from extend(i + 1)
                chosen.pop()

        self._start(extend(0))


class combinations_with_replacement(_Iterator):
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        n = len(pool)
        if r < 0:
            raise ValueError('r must be non-negative')
        chosen = []

        def extend(start):
            # Non-decreasing positions.
            if len(chosen) == r:
                yield tuple(pool[i] for i in chosen)
                return
            for i in range(start, n):
                chosen.append(i)
                yield from extend(i)
                chosen.pop()

        self._start(extend(0))


for _cls in (count, repeat, cycle, accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap,
             islice, pairwise, zip_longest, groupby, _Tee, product, permutations, combinations,
             combinations_with_replacement):
    _cls.__module__ = 'itertools'
del _cls
