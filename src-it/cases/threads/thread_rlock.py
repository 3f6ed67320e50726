# _thread.RLock: re-entrant, owned by one thread, and the save/restore pair Condition uses.
import _thread

r = _thread.RLock()
print(type(r).__name__, type(r).__module__, r._is_owned(), r._recursion_count())
print(repr(r).split(" at ")[0])
print(r.acquire(), r.acquire(), r._recursion_count(), r._is_owned())
print(repr(r).split(" at ")[0].replace(str(_thread.get_ident()), "ME"))
r.release()
print(r._recursion_count())
r.release()
for method in (r.release, r._release_save):
    try:
        method()
    except RuntimeError as e:
        print("RuntimeError:", e)
with r:
    with r:
        state = r._release_save()
        print(state[0], state[1] == _thread.get_ident(), r._is_owned(), r._recursion_count())
        r._acquire_restore(state)
        print(r._recursion_count())
print(r._is_owned())
try:
    r._acquire_restore(5)
except TypeError as e:
    print("TypeError:", e)

# Another thread can neither release it nor take it while it is held here.
r.acquire()
out = []
done = _thread.allocate_lock()
done.acquire()


def other():
    try:
        r.release()
    except RuntimeError as e:
        out.append(str(e))
    out.append(r.acquire(False))
    out.append(r.acquire(True, 0.01))
    out.append(r._is_owned())
    done.release()


_thread.start_new_thread(other, ())
done.acquire()
print(out)
r.release()


class Sub(_thread.RLock):
    pass


s = Sub()
with s:
    print(type(s).__name__, s._is_owned())
