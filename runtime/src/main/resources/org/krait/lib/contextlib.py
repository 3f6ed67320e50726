"""Utilities for with-statements (Krait's own contextlib): contextmanager, closing, suppress,
nullcontext, redirect_stdout/stderr, chdir, AbstractContextManager, ContextDecorator, and the
async forms asynccontextmanager and aclosing, and ExitStack. AsyncExitStack is not there yet."""

import sys
from functools import wraps

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing", "chdir"]


class AbstractContextManager:
    """A class whose instances are context managers; __enter__ returns self."""
    __slots__ = ()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return all(any(name in B.__dict__ for B in C.__mro__) for name in ('__enter__', '__exit__')) or NotImplemented
        return NotImplemented

    __class_getitem__ = classmethod(lambda cls, item: type(list[int])(cls, item))


class AbstractAsyncContextManager:
    """A class whose instances are async context managers; __aenter__ returns self."""
    __slots__ = ()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    __class_getitem__ = classmethod(lambda cls, item: type(list[int])(cls, item))


class ContextDecorator:
    """A context manager that can also decorate a function: each call runs inside it."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    """What both kinds of generator context managers keep: the generator, and how to make it again."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc


class _GeneratorContextManager(_GeneratorContextManagerBase, ContextDecorator, AbstractContextManager):
    """The context manager a @contextmanager function returns: runs its generator to its yield."""

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # The block ended normally: the generator must end at its next step.
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        exc = typ() if value is None else value
        try:
            self.gen.throw(typ, exc, traceback)
        except StopIteration as raised:
            # The generator ended: it swallowed exc, unless exc was this very StopIteration.
            return raised is not exc
        except BaseException as raised:
            # exc came back out (as itself, or a StopIteration turned into RuntimeError by the
            # generator machinery): the with statement re-raises it; anything else replaces it.
            if raised is exc:
                raised.__traceback__ = traceback
                return False
            if isinstance(raised, RuntimeError) and isinstance(exc, StopIteration) and raised.__cause__ is exc:
                exc.__traceback__ = traceback
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager):
    """The async context manager an @asynccontextmanager function returns."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        exc = typ() if value is None else value
        try:
            await self.gen.athrow(typ, exc, traceback)
        except StopAsyncIteration as raised:
            return raised is not exc
        except BaseException as raised:
            if raised is exc:
                raised.__traceback__ = traceback
                return False
            if (isinstance(raised, RuntimeError) and isinstance(exc, (StopIteration, StopAsyncIteration))
                    and raised.__cause__ is exc):
                exc.__traceback__ = traceback
                return False
            raise
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """@contextmanager decorator: the generator's code before its yield is __enter__, after it __exit__."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """@asynccontextmanager decorator: as contextmanager, for an async generator."""
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Async context to automatically aclose something at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager for temporarily redirecting stdout to another file."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager for temporarily redirecting stderr to another file."""
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager to suppress the given exceptions (and their subclasses) in its block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing: its value is enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Non thread-safe context manager to change the current working directory."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


def _relink_context(new, old, outer):
    """Make the exception a callback raised (new) chain to the one it replaced (old), as nested
    with statements would, instead of to the one being handled when the stack was left (outer)."""
    link = new
    while True:
        context = link.__context__
        if context is None or context is old:
            return
        if context is outer:
            break
        link = context
    link.__context__ = old


class ExitStack(AbstractContextManager):
    """Exit callbacks run last first when the with block ends, as if they were nested withs."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move the registered callbacks to a new ExitStack, which is returned."""
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return moved

    def push(self, exit):
        """Register exit: a context manager's __exit__, or a callable taking the same arguments."""
        method = getattr(type(exit), '__exit__', None)
        self._exit_callbacks.append(exit if method is None else method.__get__(exit, type(exit)))
        return exit

    def enter_context(self, cm):
        """Enter cm, register its __exit__, and return what its __enter__ returned."""
        cls = type(cm)
        enter = getattr(cls, '__enter__', None)
        exit = getattr(cls, '__exit__', None)
        if enter is None or exit is None:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            "not support the context manager protocol")
        result = enter(cm)
        self._exit_callbacks.append(exit.__get__(cm, cls))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to be called at exit; return callback."""
        def call_at_exit(exc_type, exc, tb):
            callback(*args, **kwds)
        call_at_exit.__wrapped__ = callback
        self._exit_callbacks.append(call_at_exit)
        return callback

    def close(self):
        """Call the registered callbacks now."""
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        incoming = exc_details[1]
        outer = sys.exc_info()[1]
        current = exc_details
        suppressed = False
        raised = None
        while self._exit_callbacks:
            callback = self._exit_callbacks.pop()
            try:
                if callback(*current):
                    suppressed = True
                    raised = None
                    current = (None, None, None)
            except BaseException as new:
                _relink_context(new, current[1], outer)
                raised = new
                current = (type(new), new, new.__traceback__)
        if raised is not None:
            context = raised.__context__
            try:
                raise raised
            finally:
                raised.__context__ = context
        return incoming is not None and suppressed
