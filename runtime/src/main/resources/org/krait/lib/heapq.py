"""Krait's heapq: binary min-heaps kept in plain lists.

Invariant of a heap h: h[k] <= h[2*k+1] and h[k] <= h[2*k+2] for every index that exists, so
h[0] is the smallest item. Only `<` is ever used to compare items. The way items move is
CPython's, so the lists a program sees after each operation are the ones CPython shows: a
popped hole sinks to a leaf along the smaller children, and the displaced last item then
rises from there.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _sift_toward_root(heap, root, pos):
    # heap[pos] rises while it is smaller than its parent, never above index root.
    item = heap[pos]
    while pos > root:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not item < parent:
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _sift_from_root(heap, pos):
    # Moves the smaller child up into the hole at pos until the hole is a leaf, then puts the
    # item that was at pos there and lets it rise: fewer comparisons than stopping early.
    end = len(heap)
    root = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, root, pos)


def _check_list(heap, function, argument):
    # The functions take lists only (subclasses too), as CPython's C versions do.
    if not isinstance(heap, list):
        raise TypeError(f"{function}() {argument} must be list, not {type(heap).__name__}")


def heappush(heap, item):
    """Push item onto heap, keeping it a heap."""
    _check_list(heap, "heappush", "argument 1")
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop and return the smallest item of heap, keeping it a heap."""
    _check_list(heap, "heappop", "argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_from_root(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item (the heap must not be empty)."""
    _check_list(heap, "heapreplace", "argument 1")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_from_root(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item; faster than the two calls."""
    _check_list(heap, "heappushpop", "argument 1")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_from_root(heap, 0)
    return item


def heapify(x):
    """Make list x a heap, in place, in linear time."""
    _check_list(x, "heapify", "argument")
    for pos in reversed(range(len(x) // 2)):
        _sift_from_root(x, pos)


# The same operations on max-heaps (h[0] is the largest); merge(reverse=True) uses them.

def _sift_toward_root_max(heap, root, pos):
    item = heap[pos]
    while pos > root:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not parent < item:
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _sift_from_root_max(heap, pos):
    end = len(heap)
    root = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, root, pos)


def _heappop_max(heap):
    """Pop and return the largest item of a max-heap."""
    _check_list(heap, "_heappop_max", "argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sift_from_root_max(heap, 0)
    return largest


def _heapreplace_max(heap, item):
    """Pop and return the largest item of a max-heap, then push item."""
    _check_list(heap, "_heapreplace_max", "argument 1")
    if not heap:
        raise IndexError("index out of range")
    largest = heap[0]
    heap[0] = item
    _sift_from_root_max(heap, 0)
    return largest


def _heapify_max(x):
    """Make list x a max-heap, in place."""
    _check_list(x, "_heapify_max", "argument")
    for pos in reversed(range(len(x) // 2)):
        _sift_from_root_max(x, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted iterator, lazily.

    Equal items come out in the order of the iterables they came from. With reverse=True the
    inputs must be sorted from largest to smallest, and so is the output.
    """
    if reverse:
        make_heap, pop, replace, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, sign = heapify, heappop, heapreplace, 1
    # Each entry is [key, order, value, next]: order (the iterable's position, negated for a
    # max-heap) breaks ties so that the earlier iterable wins and values are never compared.
    heap = []
    for position, iterable in enumerate(iterables):
        next_value = iter(iterable).__next__
        try:
            value = next_value()
        except StopIteration:
            continue
        heap.append([value if key is None else key(value), sign * position, value, next_value])
    make_heap(heap)
    while len(heap) > 1:
        try:
            while True:
                entry = heap[0]
                yield entry[2]
                value = entry[3]()
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace(heap, entry)
        except StopIteration:
            pop(heap)
    if heap:
        entry = heap[0]
        yield entry[2]
        next_value = entry[3]
        while True:
            try:
                value = next_value()
            except StopIteration:
                return
            yield value


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable: sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        marker = object()
        if key is None:
            smallest = min(iterable, default=marker)
        else:
            smallest = min(iterable, default=marker, key=key)
        return [] if smallest is marker else [smallest]
    return _best(n, iterable, key, _heapify_max, _heapreplace_max,
                 lambda new, worst: new < worst, 1)


def nlargest(n, iterable, key=None):
    """The n largest items of iterable: sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        marker = object()
        if key is None:
            largest = max(iterable, default=marker)
        else:
            largest = max(iterable, default=marker, key=key)
        return [] if largest is marker else [largest]
    return _best(n, iterable, key, heapify, heapreplace, lambda new, worst: worst < new, -1)


def _best(n, iterable, key, make_heap, replace, better, sign):
    # Keeps the n best items seen so far in a heap whose root is the worst of them (a max-heap
    # for nsmallest, a min-heap for nlargest). Entries are (key, order, value); order is the
    # arrival index, signed so that among equal keys the earlier item counts as better, as a
    # stable sort has it.
    iterator = iter(iterable)
    heap = []
    for order in range(n):
        try:
            value = next(iterator)
        except StopIteration:
            break
        heap.append((value if key is None else key(value), sign * order, value))
    if not heap:
        return []
    make_heap(heap)
    order = n
    for value in iterator:
        k = value if key is None else key(value)
        if better(k, heap[0][0]):
            replace(heap, (k, sign * order, value))
        order += 1
    heap.sort(reverse=sign < 0)
    return [entry[2] for entry in heap]
