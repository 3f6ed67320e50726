"""Krait's concurrent.futures: run calls asynchronously on pools of threads (or interpreters).

The executors are loaded when first asked for (module __getattr__), so that importing the
package costs only _base. ThreadPoolExecutor lives in .thread; InterpreterPoolExecutor (the
3.14 API, over Krait's parallel interpreters) in .interpreter. There are no processes in Krait,
so there is no ProcessPoolExecutor.
"""

from concurrent.futures._base import (
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, TimeoutError,
    InvalidStateError, BrokenExecutor, Future, Executor, wait, as_completed,
)

__all__ = (
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
    "BrokenExecutor", "Future", "Executor", "wait", "as_completed",
    "ThreadPoolExecutor", "InterpreterPoolExecutor",
)


def __dir__():
    return __all__ + ("__doc__",)


def __getattr__(name):
    global ThreadPoolExecutor, InterpreterPoolExecutor
    if name == "ThreadPoolExecutor":
        from .thread import ThreadPoolExecutor
        return ThreadPoolExecutor
    if name == "InterpreterPoolExecutor":
        try:
            from .interpreter import InterpreterPoolExecutor
        except ModuleNotFoundError as exc:
            # Only the module's own absence means "not available"; a failing import inside
            # it is a real error and propagates.
            if exc.name != __name__ + ".interpreter":
                raise
        else:
            return InterpreterPoolExecutor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
