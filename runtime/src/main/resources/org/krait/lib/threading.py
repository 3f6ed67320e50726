"""Krait's threading: CPython 3.11's public threading API over the _thread module.

Every Thread runs on a thread that _thread.start_new_thread makes (a Java platform thread in
Krait). Everything here is written over _thread: the Thread object and its life cycle
(limbo while starting, active while running, stopped once its sentinel lock is released),
Condition, Semaphore, BoundedSemaphore, Event, Barrier and Timer, the registry behind
enumerate()/active_count()/current_thread(), excepthook's wiring, and _shutdown(), which the
interpreter calls at exit to wait for the non-daemon threads.

Invariant: a thread's _tstate_lock is the sentinel lock of _thread._set_sentinel(), held while
its thread state lives; _thread releases it once the thread is finished, so acquiring it is how
join() and is_alive() learn that the thread has ended.
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = [
    "get_ident", "active_count", "Condition", "current_thread", "enumerate", "main_thread",
    "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread",
    "Barrier", "BrokenBarrierError", "Timer", "ThreadError", "ExceptHookArgs",
    "setprofile", "settrace", "local", "stack_size", "excepthook", "get_native_id",
    "getprofile", "gettrace",
]

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
stack_size = _thread.stack_size
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _allocate_lock
local = _thread._local
_CRLock = _thread.RLock
_daemon_threads_allowed = _thread.daemon_threads_allowed


# Hooks that every Thread started from now on installs in its own thread state.
_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


def RLock(*args, **kwargs):
    """Make a reentrant lock: its owner may acquire it again, and must release it as often."""
    return _CRLock(*args, **kwargs)


class Condition:
    """A condition variable over a lock (an RLock unless one is given).

    Each waiter sleeps on a lock of its own that it holds before it sleeps; notify() wakes a
    waiter by releasing that lock. Waiters are woken in the order they began to wait.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # A lock type that knows how to give itself up wholly (an RLock) says so; otherwise
        # the plain versions below apply.
        for name in ("_release_save", "_acquire_restore", "_is_owned"):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._waiters)})>"

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock cannot tell who holds it: if it can be taken now, nobody did.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, wait until notified or until the timeout, take the lock again.

        Returns False if the timeout expired, True otherwise.
        """
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        woken = False
        try:
            if timeout is None:
                woken = waiter.acquire()
            elif timeout > 0:
                woken = waiter.acquire(True, timeout)
            else:
                woken = waiter.acquire(False)
            return woken
        finally:
            self._acquire_restore(saved)
            if not woken and waiter in self._waiters:
                self._waiters.remove(waiter)

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout expires; return its last value."""
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter.release()

    def notify_all(self):
        """Wake up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        import warnings
        warnings.warn("notifyAll() is deprecated, use notify_all() instead",
                      DeprecationWarning, stacklevel=2)
        self.notify_all()


class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero, and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter, waiting (at most timeout seconds) while it is zero."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n, waking that many waiters."""
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose counter may never go above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Increment the counter by n; ValueError if that passes the initial value."""
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag that threads can wait for: set() raises it, clear() lowers it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = "set" if self._flag else "unset"
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        """Return True if and only if the flag is set."""
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        import warnings
        warnings.warn("isSet() is deprecated, use is_set() instead",
                      DeprecationWarning, stacklevel=2)
        return self.is_set()

    def set(self):
        """Set the flag and wake every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Lower the flag."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Wait until the flag is set or the timeout expires; return the flag."""
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout)


# The phases of a Barrier. Threads gather while it is filling; once the last one arrives it
# drains (the woken threads leave) and only then fills again. Resetting is draining where the
# leavers get BrokenBarrierError; a broken barrier stays so until reset().
_FILLING = 0
_DRAINING = 1
_RESETTING = -1
_BROKEN = -2


class Barrier:
    """Make a fixed number of threads wait for each other, cycle after cycle."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait until all parties have called wait(); return this thread's arrival index."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            while self._state in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._state != _FILLING:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._await_trip(timeout)
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (_DRAINING, _RESETTING):
                    self._state = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        # The last arrival runs the action; if it fails, the barrier breaks for everyone.
        try:
            if self._action:
                self._action()
        except:
            self._break()
            raise
        self._state = _DRAINING
        self._cond.notify_all()

    def _await_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state != _DRAINING:
            raise BrokenBarrierError

    def reset(self):
        """Return the barrier to its initial state; current waiters get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: current and future waiters get BrokenBarrierError."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """The number of threads needed to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads waiting at the barrier now."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True if the barrier is broken."""
        return self._state == _BROKEN


class BrokenBarrierError(RuntimeError):
    pass


# Default thread names count up from 1, shared by "Thread-N" and "Dummy-N".
_name_counter = 0
_name_counter_lock = _allocate_lock()


def _newname(template):
    global _name_counter
    with _name_counter_lock:
        _name_counter += 1
        return template % _name_counter


# The registry: threads being started (_limbo) and running ones by ident (_active).
_active_limbo_lock = RLock()
_active = {}
_limbo = {}

# The sentinel locks of the running non-daemon threads, which _shutdown() waits for.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()


def _forget_finished_shutdown_locks():
    # A finished thread that nobody joined leaves its released lock behind.
    for lock in [lock for lock in _shutdown_locks if not lock.locked()]:
        _shutdown_locks.discard(lock)


class Thread:
    """A thread of control: give a target to call, or subclass and override run()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                target_name = getattr(target, "__name__", None)
                if target_name is not None:
                    name += f" ({target_name})"
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            if daemon and not _daemon_threads_allowed():
                raise RuntimeError("daemon threads are disabled in this (sub)interpreter")
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        # Kept so that an exception can still be reported if sys.stderr is gone by then.
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{self.__class__.__name__}({self._name}, {status})>"

    def start(self):
        """Start the thread's activity: run() is called in a new thread. Once only."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """What the thread does: call the target with the arguments given to the constructor."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # A finished thread need not keep its target and arguments alive.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._bootstrap_inner()
        except:
            # A daemon thread can still run while the interpreter is torn down; whatever
            # fails then has nowhere to be reported.
            if self._daemonic and _sys is None:
                return
            raise

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _set_tstate_lock(self):
        self._tstate_lock = _set_sentinel()
        self._tstate_lock.acquire()
        if not self.daemon:
            with _shutdown_locks_lock:
                _forget_finished_shutdown_locks()
                _shutdown_locks.add(self._tstate_lock)

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_tstate_lock()
            self._set_native_id()
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            if _trace_hook:
                _sys.settrace(_trace_hook)
            if _profile_hook:
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._delete()

    def _stop(self):
        # Called once the sentinel lock was seen released: the thread has ended.
        lock = self._tstate_lock
        if lock is not None:
            assert not lock.locked()
        self._is_stopped = True
        self._tstate_lock = None
        if not self.daemon:
            with _shutdown_locks_lock:
                _shutdown_locks.discard(lock)

    def _delete(self):
        with _active_limbo_lock:
            _active.pop(get_ident(), None)

    def join(self, timeout=None):
        """Wait until the thread ends, or until timeout seconds have passed."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            assert self._is_stopped
            return
        try:
            if lock.acquire(block, timeout):
                lock.release()
                self._stop()
        except:
            # Interrupted (KeyboardInterrupt) after the lock was taken but before it was
            # given back: give it back, the thread has ended all the same.
            if lock.locked():
                lock.release()
                self._stop()
            raise

    @property
    def name(self):
        """The thread's name, for identification only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """The thread's identifier (get_ident() in it), or None before it is started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The operating system's id of the thread, or None before it is started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        """Whether the thread is a daemon: the program may exit while daemon threads run."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Deprecated getter of daemon."""
        import warnings
        warnings.warn("isDaemon() is deprecated, get the daemon attribute instead",
                      DeprecationWarning, stacklevel=2)
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated setter of daemon."""
        import warnings
        warnings.warn("setDaemon() is deprecated, set the daemon attribute instead",
                      DeprecationWarning, stacklevel=2)
        self.daemon = daemonic

    def getName(self):
        """Deprecated getter of name."""
        import warnings
        warnings.warn("getName() is deprecated, get the name attribute instead",
                      DeprecationWarning, stacklevel=2)
        return self.name

    def setName(self, name):
        """Deprecated setter of name."""
        import warnings
        warnings.warn("setName() is deprecated, set the name attribute instead",
                      DeprecationWarning, stacklevel=2)
        self.name = name


# The default hook prints "Exception in thread NAME:" and the traceback on stderr.
from _thread import _excepthook as excepthook, _ExceptHookArgs as ExceptHookArgs

__excepthook__ = excepthook


def _make_invoke_excepthook():
    # The hooks are captured now so that a daemon thread failing during interpreter shutdown,
    # when module globals may already be gone, can still report.
    fallback_hook = excepthook
    fallback_sys_hook = _sys.excepthook
    if fallback_hook is None:
        raise RuntimeError("threading.excepthook is None")
    if fallback_sys_hook is None:
        raise RuntimeError("sys.excepthook is None")
    exc_info = _sys.exc_info
    sys_module = _sys
    report = print

    def invoke_excepthook(thread):
        try:
            hook = excepthook
            if hook is None:
                hook = fallback_hook
            hook(ExceptHookArgs([*exc_info(), thread]))
        except Exception as exc:
            exc.__suppress_context__ = True
            del exc
            if sys_module is not None and sys_module.stderr is not None:
                stderr = sys_module.stderr
            else:
                stderr = thread._stderr
            report("Exception in threading.excepthook:", file=stderr, flush=True)
            if sys_module is not None and sys_module.excepthook is not None:
                sys_hook = sys_module.excepthook
            else:
                sys_hook = fallback_sys_hook
            sys_hook(*exc_info())

    return invoke_excepthook


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after interval seconds, unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread that imported threading (the program's main thread, normally)."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._set_tstate_lock()
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _set_tstate_lock(self):
        # Not one of the locks _shutdown() waits for: an embedding host may shut the interpreter
        # down from another Java thread while this one lives on.
        self._tstate_lock = _set_sentinel()
        self._tstate_lock.acquire()


class _DummyThread(Thread):
    """Stands for a thread that threading did not start (a Java thread calling in, say).

    It is always alive and daemonic, and cannot be joined. Unlike CPython 3.11 (and as 3.13
    does), it leaves enumerate() when its thread's state is dropped, so that many short-lived
    Java threads calling in do not pile up in _active.
    """

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=_daemon_threads_allowed())
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self
        _dummy_forgetters.forgetter = _ForgetDummyOnDel(self)

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


class _ForgetDummyOnDel:
    """Kept in a thread-local, which _thread drops with the thread's state: its deletion then
    removes the thread's _DummyThread from _active."""

    def __init__(self, dummy):
        self._dummy = dummy
        self._ident = dummy.ident

    def __del__(self):
        with _active_limbo_lock:
            if _active.get(self._ident) is self._dummy:
                del _active[self._ident]


_dummy_forgetters = local()


def current_thread():
    """The Thread object of the calling thread (a dummy one if threading did not start it)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Deprecated alias of current_thread()."""
    import warnings
    warnings.warn("currentThread() is deprecated, use current_thread() instead",
                  DeprecationWarning, stacklevel=2)
    return current_thread()


def active_count():
    """The number of Thread objects alive now (len(enumerate()))."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Deprecated alias of active_count()."""
    import warnings
    warnings.warn("activeCount() is deprecated, use active_count() instead",
                  DeprecationWarning, stacklevel=2)
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """The Thread objects alive now: started and not finished, dummies and the main thread."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


# Functions that _shutdown() calls, newest first, before it waits for the threads
# (concurrent.futures registers the one that stops its workers).
_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *args, **kwargs):
    """Have func(*args, **kwargs) called at shutdown, before non-daemon threads are joined."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*args, **kwargs))


_main_thread = _MainThread()


def _shutdown():
    """Wait until every non-daemon thread has ended; the interpreter calls this at exit."""
    if _main_thread._is_stopped:
        return
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    for call in reversed(_threading_atexits):
        call()
    if _main_thread.ident == get_ident():
        # Threads joining the main thread wait on its sentinel, which _thread would release
        # only when the interpreter is gone; the main thread is done with Python now.
        lock = _main_thread._tstate_lock
        if lock is not None and lock.locked():
            lock.release()
        _main_thread._stop()
    # Threads may start more threads while being waited for: repeat until none is left.
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


def main_thread():
    """The main Thread object: the thread the interpreter started in."""
    return _main_thread
