# The package exports; executors load on first use; unknown names raise AttributeError.
import concurrent.futures as cf

print(sorted(n for n in cf.__all__ if n not in ("ProcessPoolExecutor", "InterpreterPoolExecutor")))
print(cf.ThreadPoolExecutor.__name__, cf.ThreadPoolExecutor.__module__)
print(issubclass(cf.ThreadPoolExecutor, cf.Executor))
print(cf.CancelledError.__module__, cf.CancelledError.__mro__[1].__name__)
print(cf.TimeoutError is TimeoutError, issubclass(cf.BrokenExecutor, RuntimeError))
try:
    cf.NoSuchExecutor
except AttributeError as e:
    print("AttributeError:", e)
from concurrent.futures import ThreadPoolExecutor
print(ThreadPoolExecutor is cf.ThreadPoolExecutor)
