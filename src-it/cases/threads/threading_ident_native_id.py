# ident and native_id: None before start; inside the thread, get_ident()/get_native_id().
import threading

t = threading.Thread()
print(t.ident, t.native_id)
inside = {}
barrier = threading.Barrier(3)


def body(key):
    inside[key] = (threading.get_ident(), threading.get_native_id(),
                   threading.current_thread().ident, threading.current_thread().native_id)
    barrier.wait()


threads = [threading.Thread(target=body, args=(k,)) for k in "ab"]
for th in threads:
    th.start()
barrier.wait()
for th in threads:
    th.join()
for th, key in zip(threads, "ab"):
    ident, native, ident2, native2 = inside[key]
    print(key, type(ident).__name__, ident == th.ident == ident2, native == th.native_id == native2)
print("distinct idents:", inside["a"][0] != inside["b"][0])
print("distinct native ids:", inside["a"][1] != inside["b"][1])
print("main:", threading.get_ident() == threading.main_thread().ident,
      threading.get_native_id() == threading.main_thread().native_id)
print("main differs:", threading.get_ident() not in (inside["a"][0], inside["b"][0]))
