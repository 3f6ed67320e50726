# call_tracing, is_finalizing, dlopen flags, coroutine origin depth, asyncgen hooks.
import sys

print(sys.call_tracing(divmod, (17, 5)))
print(sys.call_tracing(max, (3, 9, 4)))
try:
    sys.call_tracing(len, [1])
except TypeError as e:
    print(e)
print(sys.is_finalizing())
flags = sys.getdlopenflags()
sys.setdlopenflags(flags)
print(sys.getdlopenflags() == flags)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(3)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(0)
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print(e)
print(sys.get_asyncgen_hooks())
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter, hooks.finalizer, len(hooks))
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print(e)
