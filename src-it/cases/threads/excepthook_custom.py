# A custom threading.excepthook receives ExceptHookArgs for the failing thread.
import threading

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None, args.exc_value.__context__))


threading.excepthook = hook


def fail():
    raise KeyError("missing")


def fail_later():
    try:
        1 / 0
    except ZeroDivisionError:
        raise OSError(5, "io failed")


for target, name in ((fail, "one"), (fail_later, "two")):
    t = threading.Thread(target=target, name=name)
    t.start()
    t.join()
print(seen)
threading.excepthook = threading.__excepthook__
args = threading.ExceptHookArgs([TypeError, TypeError("t"), None, None])
print(type(args).__name__, args.exc_type.__name__, args.exc_value, args.exc_traceback, args.thread)
print(len(args), tuple(args)[0].__name__)
