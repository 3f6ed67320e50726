"""multiprocessing.Pool over an InterpreterPoolExecutor (Krait's own).

CPython 3.11's Pool API for the common calls: map, map_async, imap, imap_unordered, starmap,
starmap_async, apply, apply_async, close, terminate, join and the context manager (whose exit
terminates). Maps send their items in chunks, as CPython does, so that one pickled task carries
several items.
"""

import threading
from concurrent.futures import InterpreterPoolExecutor, TimeoutError as _FuturesTimeout

__all__ = ["Pool", "AsyncResult", "ApplyResult", "MapResult", "TimeoutError"]

RUN = 0
CLOSE = 1
TERMINATE = 2


class TimeoutError(Exception):
    pass


TimeoutError.__module__ = "multiprocessing.context"


def _map_chunk(func, items):
    return [func(x) for x in items]


def _star_chunk(func, items):
    return [func(*args) for args in items]


def _chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]


class ApplyResult:
    """The result of apply_async: get(), wait(), ready(), successful()."""

    def __init__(self, futures, combine, callback=None, error_callback=None):
        self._futures = futures
        self._combine = combine
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._pending = len(futures)
        self._callback = callback
        self._error_callback = error_callback
        if not futures:
            self._finish()
        for f in futures:
            f.add_done_callback(self._one_done)

    def _one_done(self, future):
        with self._lock:
            self._pending -= 1
            last = self._pending == 0
        if last:
            self._finish()

    def _finish(self):
        error = next((f.exception() for f in self._futures if f.exception() is not None), None)
        if error is None:
            self._value = self._combine([f.result() for f in self._futures])
            self._success = True
            if self._callback is not None:
                self._callback(self._value)
        else:
            self._value = error
            self._success = False
            if self._error_callback is not None:
                self._error_callback(error)
        self._event.set()

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value


AsyncResult = ApplyResult
MapResult = ApplyResult


class Pool:
    """A pool of worker interpreters taking tasks (CPython's multiprocessing.Pool API)."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        if processes is None:
            from multiprocessing import cpu_count
            processes = cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None and (not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0):
            raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._processes = processes
        self._executor = InterpreterPoolExecutor(processes, initializer=initializer, initargs=initargs)
        self._state = RUN

    def __repr__(self):
        state = {RUN: "RUN", CLOSE: "CLOSE", TERMINATE: "TERMINATE"}[self._state]
        return "<%s.%s state=%s pool_size=%d>" % (type(self).__module__, type(self).__qualname__, state,
                                                  self._processes)

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _chunksize(self, items, chunksize):
        if chunksize is None:
            chunksize, extra = divmod(len(items), self._processes * 4)
            if extra:
                chunksize += 1
        if chunksize < 1:
            chunksize = 1
        return chunksize

    def _submit_chunks(self, chunk_func, func, iterable, chunksize):
        self._check_running()
        items = list(iterable)
        size = self._chunksize(items, chunksize)
        return [self._executor.submit(chunk_func, func, chunk) for chunk in _chunks(items, size)]

    @staticmethod
    def _flatten(parts):
        return [x for part in parts for x in part]

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        future = self._executor.submit(func, *args, **kwds)
        return ApplyResult([future], lambda values: values[0], callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        futures = self._submit_chunks(_map_chunk, func, iterable, chunksize)
        return MapResult(futures, self._flatten, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        return self.starmap_async(func, iterable, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        futures = self._submit_chunks(_star_chunk, func, iterable, chunksize)
        return MapResult(futures, self._flatten, callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        futures = self._submit_chunks(_map_chunk, func, iterable, chunksize)

        def results():
            for f in futures:
                yield from f.result()
        return results()

    def imap_unordered(self, func, iterable, chunksize=1):
        from concurrent.futures import as_completed
        futures = self._submit_chunks(_map_chunk, func, iterable, chunksize)

        def results():
            for f in as_completed(futures):
                yield from f.result()
        return results()

    def close(self):
        if self._state == RUN:
            self._state = CLOSE

    def terminate(self):
        self._state = TERMINATE
        self._executor.shutdown(wait=True, cancel_futures=True)

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        self._executor.shutdown(wait=True)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    def __reduce__(self):
        raise NotImplementedError("pool objects cannot be passed between processes or pickled")
