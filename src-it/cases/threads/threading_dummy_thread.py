# A thread started with _thread (not threading) is seen as a _DummyThread: always alive, daemon.
import _thread
import threading

done = threading.Event()
seen = {}


def body():
    me = threading.current_thread()
    seen["name"] = me.name[:6]
    seen["type"] = type(me).__name__
    seen["daemon"] = me.daemon
    seen["alive"] = me.is_alive()
    seen["same"] = threading.current_thread() is me
    seen["listed"] = me in threading.enumerate()
    seen["ident"] = me.ident == threading.get_ident()
    seen["main"] = threading.main_thread().name
    done.set()


_thread.start_new_thread(body, ())
done.wait()
for key in sorted(seen):
    print(key, seen[key])
