"""What a worker interpreter runs for _interpreters.call (Krait's own module).

Everything crosses as pickles: prepare() gets the parent's sys.path, its main script and an
initializer; call() gets a pickled (function, args, kwargs) and answers b"\\x01" + the pickled
result, or b"\\x00" + the pickled exception. A function of the parent's __main__ is found
because prepare() runs the parent's main script here as the module __mp_main__, also known as
__main__ (what CPython's multiprocessing does with its spawn start method): the script's
``if __name__ == "__main__":`` block does not run again.
"""

import sys
import pickle

# True while prepare() runs the parent's main script here: a pool made then (a script without the
# ``if __name__ == "__main__":`` idiom) would make workers that run the script again, without end.
_bootstrapping = False


def prepare(data):
    paths, main_path, initialization = pickle.loads(data)
    sys.path[:] = paths
    if main_path is not None and "__mp_main__" not in sys.modules:
        _run_main(main_path)
    # Unpickled only now: the initializer may be a function of the main script.
    initializer, initargs = pickle.loads(initialization)
    if initializer is not None:
        initializer(*initargs)
    return b""


def _run_main(path):
    global _bootstrapping
    import types
    module = types.ModuleType("__mp_main__")
    module.__file__ = path
    sys.modules["__mp_main__"] = module
    sys.modules["__main__"] = module
    with open(path, "rb") as f:
        source = f.read()
    _bootstrapping = True
    try:
        exec(compile(source, path, "exec"), module.__dict__)
    finally:
        _bootstrapping = False


def check_not_bootstrapping():
    """Refuses to start workers from a worker still running the parent's main script."""
    if _bootstrapping:
        raise RuntimeError(
            "a pool of interpreters was started while a worker interpreter was still running the "
            "main script: guard the code that starts it with 'if __name__ == \"__main__\":'")


def call(data):
    try:
        fn, args, kwargs = pickle.loads(data)
        result = fn(*args, **kwargs)
        return b"\x01" + pickle.dumps(result, pickle.HIGHEST_PROTOCOL)
    except BaseException as exc:
        return b"\x00" + _pickled_exception(exc)


def _pickled_exception(exc):
    try:
        return pickle.dumps(exc, pickle.HIGHEST_PROTOCOL)
    except BaseException:
        # An exception that cannot cross comes back as its text.
        return pickle.dumps(RuntimeError("%s: %s" % (type(exc).__name__, exc)), pickle.HIGHEST_PROTOCOL)
