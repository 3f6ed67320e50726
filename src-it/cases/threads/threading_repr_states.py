# Thread reprs: initial, started (with the ident), stopped, daemon.
import threading


def show(t):
    text = repr(t)
    if t.ident is not None:
        text = text.replace(str(t.ident), "IDENT")
    print(text)


go = threading.Event()
t = threading.Thread(target=go.wait, name="waiter")
show(t)
t.start()
show(t)
go.set()
t.join()
show(t)

d = threading.Thread(target=len, args=((),), name="d", daemon=True)
show(d)
d.start()
d.join()
show(d)


class Custom(threading.Thread):
    pass


show(Custom(name="c"))
show(threading.main_thread())
