"""ThreadPoolExecutor: calls run on a pool of worker threads fed by one work queue.

Workers are started one per submit() until max_workers exist, unless an idle worker is
available (each finished work item adds one count to _idle_semaphore). A None on the queue
tells a worker to look at whether it should exit; exiting workers put the None back so that
it reaches every worker. Workers hold their executor only weakly, so an executor dropped
without shutdown() still lets its workers end.
"""

import os
import queue
import sys
import threading
import types
import weakref

from concurrent.futures import _base

# The work queue of every live worker, so that interpreter exit can stop them all.
_threads_queues = weakref.WeakKeyDictionary()
_shutdown = False
# Taken by submit() so that no work is queued after _python_exit() has woken the workers.
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


# Runs when threading._shutdown() starts, before it waits for the non-daemon threads, so
# that idle workers are told to finish instead of being waited for forever.
threading._register_atexit(_python_exit)


def _report_critical(message):
    # What CPython's logger prints when nothing configured logging: the message, then the
    # traceback of the exception being handled, on stderr.
    print(message, file=sys.stderr)
    sys.__excepthook__(*sys.exc_info())


class _WorkItem:
    """A call waiting in the queue, with the future that gets its outcome."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # The exception's traceback holds this frame: do not let it keep the item alive.
            self = None
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(types.GenericAlias)


def _worker(executor_reference, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _report_critical("Exception in initializer:")
            executor = executor_reference()
            if executor is not None:
                executor._initializer_failed()
            return
    try:
        while True:
            work_item = work_queue.get(block=True)
            if work_item is not None:
                work_item.run()
                del work_item
                executor = executor_reference()
                if executor is not None:
                    executor._idle_semaphore.release()
                del executor
                continue
            executor = executor_reference()
            # Exit if the interpreter is exiting, the executor was collected, or it was shut
            # down; pass the None on so that the other workers see it too.
            if _shutdown or executor is None or executor._shutdown:
                if executor is not None:
                    executor._shutdown = True
                work_queue.put(None)
                return
            del executor
    except BaseException:
        _report_critical("Exception in worker")


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker thread of a ThreadPoolExecutor failed its initializer."""


_pool_counter = 0
_pool_counter_lock = threading.Lock()


def _next_pool_number():
    # Pools without a thread_name_prefix are numbered from 0, as CPython numbers them.
    global _pool_counter
    with _pool_counter_lock:
        number = _pool_counter
        _pool_counter += 1
        return number


class ThreadPoolExecutor(_base.Executor):
    """An executor that runs each call on one of at most max_workers threads."""

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            # Enough threads for I/O-bound work, bounded for machines with many cores.
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix
                                    or "ThreadPoolExecutor-%d" % _next_pool_number())
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) on a worker; return its Future."""
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if _shutdown:
                raise RuntimeError("cannot schedule new futures after interpreter shutdown")
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future

    def _adjust_thread_count(self):
        # An idle worker will take the new item: no need for another thread.
        if self._idle_semaphore.acquire(timeout=0):
            return

        # When the executor is collected, wake a worker so that it notices and exits.
        def weakref_cb(_, q=self._work_queue):
            q.put(None)

        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = "%s_%d" % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(weakref.ref(self, weakref_cb), self._work_queue,
                                       self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ("A thread initializer failed, the thread pool is not usable"
                            " anymore")
            # The queued calls will never run: fail their futures.
            for work_item in self._take_queued():
                work_item.future.set_exception(BrokenThreadPool(self._broken))

    def _take_queued(self):
        """Takes the calls still queued out of the queue, one by one."""
        while True:
            try:
                work_item = self._work_queue.get_nowait()
            except queue.Empty:
                return
            if work_item is not None:
                yield work_item

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Accept no more calls; with wait, return once the running ones are done.

        With cancel_futures, the calls that have not started are cancelled.
        """
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                for work_item in self._take_queued():
                    work_item.future.cancel()
            # Wakes one worker, which passes it on: every worker exits.
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
