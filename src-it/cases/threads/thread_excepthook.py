# _thread._excepthook, the default threading.excepthook, and its _ExceptHookArgs.
import _thread, sys

print(_thread._ExceptHookArgs.__name__, _thread._ExceptHookArgs.__mro__[1].__name__)
args = _thread._ExceptHookArgs((1, 2, 3, 4))
print(args, args.exc_type, args.thread, len(args))
try:
    _thread._ExceptHookArgs((1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    _thread._excepthook((1, 2, 3, 4))
except TypeError as e:
    print("TypeError:", e)


class Named:
    name = "worker-1"


try:
    {}["missing"]
except KeyError as e:
    print("hook returns", _thread._excepthook(_thread._ExceptHookArgs((type(e), e, e.__traceback__, Named()))))
print("SystemExit:", _thread._excepthook(_thread._ExceptHookArgs((SystemExit, SystemExit(3), None, Named()))))


class Quiet:
    name = "quiet"
    _stderr = None


sys.stderr = None
print("no stderr:", _thread._excepthook(_thread._ExceptHookArgs((ValueError, ValueError(), None, Quiet()))))
