# A bare Future: states, callbacks, set_result/set_exception, InvalidStateError.
from concurrent.futures import Future, InvalidStateError, CancelledError
from concurrent.futures import TimeoutError as FuturesTimeout

f = Future()
calls = []
f.add_done_callback(lambda fut: calls.append(("first", fut.result())))
f.add_done_callback(lambda fut: calls.append(("second", fut.done())))
print(f.done(), f.running(), f.set_running_or_notify_cancel(), f.running())
try:
    f.result(timeout=0.01)
except FuturesTimeout as e:
    print("timeout:", type(e).__name__)
f.set_result(42)
print(f.result(), calls)
f.add_done_callback(lambda fut: calls.append(("late", fut.result())))
print(calls[-1])
try:
    f.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
g = Future()
g.set_exception(IndexError("oops"))
print(repr(g.exception()), g.done())
h = Future()
print(h.cancel(), h.cancelled(), h.set_running_or_notify_cancel())
try:
    h.set_exception(ValueError())
except InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
print(issubclass(CancelledError, Exception), InvalidStateError.__mro__[1].__name__)
print(Future[int])
