"""Krait's asyncio: a small single-threaded event loop for coroutines.

What it covers: run(), sleep(), Future, Task (create_task, cancel, done, result, exception,
callbacks), gather() (with return_exceptions), wait(), wait_for() with TimeoutError, Queue, Event,
Lock, get_event_loop()/get_running_loop()/new_event_loop(), current_task()/all_tasks(),
iscoroutine()/iscoroutinefunction().

The order in which task steps and callbacks run is CPython 3.11's, so programs print the same
interleavings: ready callbacks run first in, first out, one batch per loop iteration, and every
wake-up (a future completing, a timer firing) is itself a callback scheduled with call_soon.

The clock is virtual: when nothing is ready the loop moves its time straight to the earliest
timer instead of waiting, so loop.time() starts at 0 and sleep() costs no real time. Timers due
at the same moment fire in the order they were scheduled. There is no I/O, no threads, no
subprocesses, and no finalisation of async generators at shutdown.
"""

__all__ = (
    "CancelledError", "InvalidStateError", "TimeoutError", "QueueEmpty", "QueueFull",
    "AbstractEventLoop", "Handle", "TimerHandle", "Future", "Task", "Queue", "Event", "Lock",
    "run", "sleep", "gather", "wait", "wait_for", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "ensure_future", "create_task", "isfuture",
    "get_event_loop", "get_running_loop", "new_event_loop", "set_event_loop",
    "current_task", "all_tasks", "iscoroutine", "iscoroutinefunction",
)


class CancelledError(BaseException):
    """The Future or Task was cancelled."""
    __module__ = "asyncio.exceptions"


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""
    __module__ = "asyncio.exceptions"


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    __module__ = "asyncio.queues"


class QueueFull(Exception):
    """Raised when Queue.put_nowait() is called on a full Queue."""
    __module__ = "asyncio.queues"


TimeoutError = TimeoutError


async def _probe():
    pass


_probe_coroutine = _probe()
_CoroutineType = type(_probe_coroutine)
_probe_coroutine.close()
del _probe, _probe_coroutine


def _probe_generator():
    yield


_GeneratorType = type(_probe_generator())
del _probe_generator

_CO_COROUTINE = 0x80


def iscoroutine(obj):
    """Whether obj is a coroutine object (a generator counts, as in CPython 3.11)."""
    if isinstance(obj, (_CoroutineType, _GeneratorType)):
        return True
    t = type(obj)
    return all(hasattr(t, name) for name in ("__await__", "send", "throw", "close"))


def iscoroutinefunction(func):
    """Whether func is an async def function (or a method of one)."""
    func = getattr(func, "__func__", func)
    code = getattr(func, "__code__", None)
    return code is not None and bool(code.co_flags & _CO_COROUTINE)


# ---- the event loop -------------------------------------------------------------------------

class Handle:
    """A callback with its arguments, scheduled on a loop; cancel() stops it from running."""

    __slots__ = ("_callback", "_args", "_cancelled", "_loop")

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                "message": f"Exception in callback {self._callback!r}",
                "exception": exc,
            })


class TimerHandle(Handle):
    """A callback due at a moment of the loop's clock."""

    __slots__ = ("_when", "_order")

    def __init__(self, when, order, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when
        self._order = order

    def when(self):
        return self._when

    def _key(self):
        return (self._when, self._order)


def _heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[parent]._key() <= item._key():
            break
        heap[i] = heap[parent]
        i = parent
    heap[i] = item


def _heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    n = len(heap)
    i = 0
    while True:
        child = 2 * i + 1
        if child >= n:
            break
        if child + 1 < n and heap[child + 1]._key() < heap[child]._key():
            child += 1
        if last._key() <= heap[child]._key():
            break
        heap[i] = heap[child]
        i = child
    heap[i] = last
    return top


_running_loop = None
_current_loop = None
_current_loop_set = False


class AbstractEventLoop:
    """The loop's interface; EventLoop is the one implementation."""


class EventLoop(AbstractEventLoop):
    """Runs callbacks in order; timers on a virtual clock (see the module's docstring)."""

    def __init__(self):
        self._ready = []
        self._timers = []
        self._timer_order = 0
        self._clock = 0.0
        self._stopping = False
        self._running = False
        self._closed = False
        self._current_task = None
        self._tasks = []

    def __repr__(self):
        return (f"<{type(self).__name__} running={self._running} closed={self._closed} "
                f"debug=False>")

    def time(self):
        return self._clock

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return False

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError("delay must not be None")
        return self.call_at(self._clock + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        self._timer_order += 1
        timer = TimerHandle(when, self._timer_order, callback, args, self)
        _heap_push(self._timers, timer)
        return timer

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def call_exception_handler(self, context):
        import sys
        lines = [str(context.get("message", "Unhandled exception in event loop"))]
        for key in sorted(context):
            if key not in ("message", "exception"):
                lines.append(f"{key}: {context[key]!r}")
        exc = context.get("exception")
        if exc is not None:
            lines.append(f"{type(exc).__name__}: {exc}")
        print("\n".join(lines), file=sys.stderr)

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        self._closed = True
        self._ready.clear()
        self._timers.clear()

    def run_forever(self):
        global _running_loop
        self._check_closed()
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _running_loop is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        self._running = True
        _running_loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None

    def run_until_complete(self, future):
        self._check_closed()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_stop_loop)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def _run_once(self):
        timers = self._timers
        while timers and timers[0]._cancelled:
            _heap_pop(timers)
        if not self._ready and not self._stopping:
            if not timers:
                raise RuntimeError("the event loop has nothing left to run or wait for "
                                   "(a task awaits something that never completes)")
            if timers[0]._when > self._clock:
                self._clock = timers[0]._when
        while timers and timers[0]._when <= self._clock:
            timer = _heap_pop(timers)
            if not timer._cancelled:
                self._ready.append(timer)
        batch = self._ready[:len(self._ready)]
        del self._ready[:len(batch)]
        for handle in batch:
            if not handle._cancelled:
                handle._run()


def _stop_loop(future):
    future.get_loop().stop()


def new_event_loop():
    return EventLoop()


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def _get_running_loop():
    return _running_loop


def get_event_loop():
    global _current_loop
    if _running_loop is not None:
        return _running_loop
    if _current_loop is None:
        if _current_loop_set:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        _current_loop = new_event_loop()
    return _current_loop


def set_event_loop(loop):
    global _current_loop, _current_loop_set
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
    _current_loop_set = True
    _current_loop = loop


# ---- futures and tasks ----------------------------------------------------------------------

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


def isfuture(obj):
    return getattr(type(obj), "_asyncio_future_blocking", None) is not None


class Future:
    """A result that will be set later; awaiting it suspends the task until then."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None
        self._cancelled_exc = None

    def __repr__(self):
        state = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                state += f" exception={self._exception!r}"
            else:
                state += f" result={self._result!r}"
        return f"<{type(self).__name__} {state}>"

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _make_cancelled_error(self):
        # The CancelledError a cancelled task's coroutine raised is the one its awaiters see.
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not set.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        self._callbacks[:] = []
        for fn in callbacks:
            self._loop.call_soon(fn, self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _set_result_unless_cancelled(future, result):
    if not future.cancelled():
        future.set_result(result)


def _next_task_name():
    global _task_counter
    _task_counter += 1
    return f"Task-{_task_counter}"


_task_counter = 0


class Task(Future):
    """Runs a coroutine on the loop, one step per callback, until it returns or raises."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        self._name = _next_task_name() if name is None else str(name)
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._loop.call_soon(self._step)
        self._loop._tasks.append(self)

    def __repr__(self):
        state = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                state += f" exception={self._exception!r}"
            else:
                state += f" result={self._result!r}"
        name = getattr(self._coro, "__qualname__", None) or type(self._coro).__name__
        return f"<Task {state} name={self._name!r} coro=<{name}()>>"

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            # The task wakes up when the waiter's callback runs, and sees CancelledError.
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError(f"_step(): already done: {self!r}, {exc!r}")
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        previous = loop._current_task
        loop._current_task = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            self._cancelled_exc = cancelled
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            Future.set_exception(self, fatal)
            raise
        except BaseException as error:
            Future.set_exception(self, error)
        else:
            self._suspended_on(result)
        finally:
            loop._current_task = previous

    def _suspended_on(self, result):
        """What the coroutine yielded: a future to wait for, None to let others run, or a mistake."""
        blocking = getattr(result, "_asyncio_future_blocking", None)
        if blocking is not None:
            if result.get_loop() is not self._loop:
                error = RuntimeError(f"Task {self!r} got Future {result!r} attached to a different loop")
                self._loop.call_soon(self._step, error)
            elif not blocking:
                error = RuntimeError(f"yield was used instead of yield from in task {self!r} with {result!r}")
                self._loop.call_soon(self._step, error)
            elif result is self:
                self._loop.call_soon(self._step, RuntimeError(f"Task cannot await on itself: {self!r}"))
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup)
                self._fut_waiter = result
                if self._must_cancel and self._fut_waiter.cancel(msg=self._cancel_message):
                    self._must_cancel = False
        elif result is None:
            self._loop.call_soon(self._step)
        elif isinstance(result, _GeneratorType):
            error = RuntimeError(f"yield was used instead of yield from for generator in task {self!r} with {result!r}")
            self._loop.call_soon(self._step, error)
        else:
            self._loop.call_soon(self._step, RuntimeError(f"Task got bad yield: {result!r}"))

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in loop._tasks if not t.done()}


class _Yield:
    """Awaiting it gives the other ready callbacks one turn (what sleep(0) does)."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        timer.cancel()


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError("The future belongs to a different loop than the one specified as the loop argument")
        return coro_or_future
    if not iscoroutine(coro_or_future):
        if hasattr(type(coro_or_future), "__await__"):
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(coro_or_future)


async def _wrap_awaitable(awaitable):
    return await awaitable


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


class _GatheringFuture(Future):
    """gather()'s outer future: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        if cancelled_any:
            self._cancel_requested = True
        return cancelled_any


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        outer = get_event_loop().create_future()
        outer.set_result([])
        return outer
    children = []
    futures_of = {}
    loop = None
    outer = None
    finished = 0

    def child_done(fut):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if finished == len(futures_of):
            results = []
            for child in children:
                if child.cancelled():
                    results.append(CancelledError("" if child._cancel_message is None else child._cancel_message))
                else:
                    exc = child.exception()
                    results.append(child.result() if exc is None else exc)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        if arg in futures_of:
            fut = futures_of[arg]
        else:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            futures_of[arg] = fut
            fut.add_done_callback(child_done)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    waiter = fut.get_loop().create_future()

    def release(_):
        _release_waiter(waiter)

    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)

    def release(_):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures or tasks fs; returns the sets (done, pending)."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    loop = get_running_loop()
    fs = {ensure_future(f, loop=loop) for f in set(fs)}
    waiter = loop.create_future()
    timer = None if timeout is None else loop.call_later(timeout, _release_waiter, waiter)
    left = len(fs)

    def completed(f):
        nonlocal left
        left -= 1
        if (left <= 0 or return_when == FIRST_COMPLETED
                or return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(completed)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(completed)
    done = {f for f in fs if f.done()}
    return done, fs - done


def run(main, *, debug=None):
    """Runs the coroutine main on a new loop, then cancels what is left and closes the loop."""
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError(f"a coroutine was expected, got {main!r}")
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        return loop.run_until_complete(loop.create_task(main))
    finally:
        try:
            _cancel_all_tasks(loop)
        finally:
            set_event_loop(None)
            loop.close()


def _cancel_all_tasks(loop):
    left = [t for t in loop._tasks if not t.done()]
    if not left:
        return
    for task in left:
        task.cancel()
    loop.run_until_complete(gather(*left, return_exceptions=True))
    for task in left:
        if not task.cancelled() and task.exception() is not None:
            loop.call_exception_handler({
                "message": "unhandled exception during asyncio.run() shutdown",
                "exception": task.exception(),
                "task": task,
            })


# ---- synchronisation ------------------------------------------------------------------------

class _LoopBound:
    _loop = None

    def _get_loop(self):
        loop = get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f"{self!r} is bound to a different event loop")
        return loop


class Event(_LoopBound):
    """A flag that tasks wait for until another sets it."""

    def __init__(self):
        self._waiters = []
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock(_LoopBound):
    """A mutual exclusion lock for tasks, handed to waiters first come, first served."""

    def __init__(self):
        self._waiters = []
        self._locked = False

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        if self._waiters and not self._waiters[0].done():
            self._waiters[0].set_result(True)

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Queue(_LoopBound):
    """A first-in, first-out queue for tasks; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = []
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()

    def __repr__(self):
        return f"<Queue maxsize={self._maxsize!r}>"

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._maxsize <= len(self._items)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    async def put(self, item):
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._items.append(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._items.pop(0)
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()
