# atexit._run_exitfuncs runs and forgets the handlers; _clear drops them; handlers may register more.
import atexit

calls = []
atexit.register(calls.append, "one")
atexit.register(calls.append, "two")
atexit._run_exitfuncs()
print(calls)
atexit._run_exitfuncs()
print(calls)
atexit.register(print, "dropped")
atexit._clear()
atexit._run_exitfuncs()


def outer():
    print("outer runs")


atexit.register(print, "at exit, after the traceback")
atexit.register(outer)
raise ValueError("uncaught")
