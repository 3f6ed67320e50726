"""InterpreterPoolExecutor: calls run in parallel, each in one of a pool of interpreters.

CPython 3.14's API over Krait's parallel interpreters (the _interpreters module): each worker
thread of the pool owns an interpreter of its own, made when the thread takes its first call, so
the calls of different workers run at the same time on different cores. Objects never cross
between interpreters: the function and its arguments are pickled by submit() and unpickled in
the worker's interpreter, and the result or exception comes back pickled. So functions must be
picklable: module-level functions of an importable module, or of the main script, which each
worker interpreter runs once as __mp_main__ (guard its work with ``if __name__ == "__main__":``).
"""

import pickle
import sys
import threading

import _interpreters
from concurrent.futures import _base
from concurrent.futures.thread import ThreadPoolExecutor, BrokenThreadPool

__all__ = ["InterpreterPoolExecutor", "BrokenInterpreterPool"]


class BrokenInterpreterPool(BrokenThreadPool):
    """A worker interpreter failed its initializer."""


class InterpreterPoolExecutor(ThreadPoolExecutor):
    """An executor that runs each call in one of at most max_workers interpreters."""

    BROKEN = BrokenInterpreterPool

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=(), shared=None):
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if shared is not None:
            raise ValueError("shared objects are not supported: objects cross between interpreters by pickling")
        worker = sys.modules.get("_interpreter_worker")
        if worker is not None:
            worker.check_not_bootstrapping()
        super().__init__(max_workers, thread_name_prefix or "InterpreterPoolExecutor-%d" % id(self))
        main = sys.modules.get("__main__")
        # Results made by classes of the main script come back named __mp_main__.
        sys.modules.setdefault("__mp_main__", main)
        main_path = getattr(main, "__file__", None)
        initialization = pickle.dumps((initializer, tuple(initargs)), pickle.HIGHEST_PROTOCOL)
        self._prepare_data = pickle.dumps((list(sys.path), main_path, initialization), pickle.HIGHEST_PROTOCOL)
        self._worker_interpreters = threading.local()
        self._interpreter_ids = []
        self._interpreter_ids_lock = threading.Lock()

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) in a worker interpreter; return its Future."""
        data = pickle.dumps((fn, args, kwargs), pickle.HIGHEST_PROTOCOL)
        return super().submit(self._run, data)

    def _interpreter(self):
        """This worker thread's interpreter, made and prepared on its first call."""
        interp = getattr(self._worker_interpreters, "id", None)
        if interp is None:
            interp = _interpreters.create()
            with self._interpreter_ids_lock:
                self._interpreter_ids.append(interp)
            self._worker_interpreters.id = interp
            try:
                _interpreters.call(interp, "prepare", self._prepare_data)
            except RuntimeError as exc:
                self._worker_interpreters.failed = exc
        failed = getattr(self._worker_interpreters, "failed", None)
        if failed is not None:
            raise BrokenInterpreterPool("A worker interpreter failed its initializer: %s" % failed)
        return interp

    def _run(self, data):
        answer = _interpreters.call(self._interpreter(), "call", data)
        value = pickle.loads(answer[1:])
        if answer[:1] == b"\x01":
            return value
        raise value

    def shutdown(self, wait=True, *, cancel_futures=False):
        super().shutdown(wait, cancel_futures=cancel_futures)
        if wait:
            with self._interpreter_ids_lock:
                ids, self._interpreter_ids = self._interpreter_ids, []
            for interp in ids:
                _interpreters.destroy(interp)

    shutdown.__doc__ = _base.Executor.shutdown.__doc__
