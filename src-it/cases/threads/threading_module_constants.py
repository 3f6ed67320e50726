# The module's constants and aliases of _thread.
import _thread
import threading

print(threading.ThreadError is RuntimeError, _thread.error is RuntimeError)
print(type(threading.TIMEOUT_MAX).__name__, threading.TIMEOUT_MAX > 1e6,
      threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX)
print(threading.stack_size())
print(threading.stack_size(0))
try:
    threading.stack_size(1000)
except ValueError as e:
    print("ValueError:", e)
print(threading.get_ident is _thread.get_ident, threading.get_native_id is _thread.get_native_id)
print(sorted(n for n in threading.__all__ if n[0].isupper()))
print(sorted(n for n in threading.__all__ if n[0].islower()))
print(callable(threading._shutdown))
