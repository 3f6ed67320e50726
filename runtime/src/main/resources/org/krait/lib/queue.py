"""Krait's queue: synchronized queues for passing work between threads.

Queue (first in, first out), LifoQueue and PriorityQueue share one lock, `mutex`, under three
conditions: not_empty (getters wait), not_full (putters wait) and all_tasks_done (join()
waits). Subclasses change only how items are stored, through _init, _qsize, _put and _get.
SimpleQueue is a lighter unbounded FIFO queue without task tracking.
"""

import threading
import types
from collections import deque
from heapq import heappush, heappop
from time import monotonic as _time

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."


# CPython defines Empty (and SimpleQueue) in its C module _queue; programs see that name.
Empty.__module__ = "_queue"


class Full(Exception):
    "Exception raised by Queue.put(block=0)/put_nowait()."


class Queue:
    """A first-in, first-out queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        # Items put and not yet marked done by task_done().
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item taken with get() as processed; join() returns when all are."""
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished < 0:
                raise ValueError("task_done() called too many times")
            if unfinished == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Wait until every item put has been marked done with task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The number of items in the queue (it may change at once)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True if the queue holds no item (it may change at once)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """True if the queue is bounded and holds maxsize items (it may change at once)."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put item into the queue, waiting (at most timeout seconds) for a free slot if block.

        Raises Full when no slot came free in time, or at once when not block.
        """
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    deadline = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - _time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting (at most timeout seconds) for one if block.

        Raises Empty when no item came in time, or at once when not block.
        """
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                deadline = _time() + timeout
                while not self._qsize():
                    remaining = deadline - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    # How items are stored; called with mutex held. `queue` is a deque of exactly the waiting
    # items, oldest first, as in CPython (programs read it).

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(types.GenericAlias)


class PriorityQueue(Queue):
    """A queue that gives the smallest item first (entries are often (priority, data))."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A queue that gives the most recently put item first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first-in, first-out queue without task tracking; put() never blocks.

    A semaphore counts the items: get() takes one count per item, so it waits exactly while
    the queue is empty.
    """

    def __init__(self):
        self._items = []
        self._lock = threading.Lock()
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        """Put item into the queue (block and timeout are accepted and ignored)."""
        with self._lock:
            self._items.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting (at most timeout seconds) for one if block."""
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not block:
            timeout = None
        if not self._count.acquire(block, timeout):
            raise Empty
        with self._lock:
            return self._items.pop(0)

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    def empty(self):
        """True if the queue holds no item (it may change at once)."""
        return not self._items

    def qsize(self):
        """The number of items in the queue (it may change at once)."""
        return len(self._items)

    __class_getitem__ = classmethod(types.GenericAlias)


SimpleQueue.__module__ = "_queue"
