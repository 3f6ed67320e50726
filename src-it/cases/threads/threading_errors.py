# The RuntimeErrors of Thread: starting twice, joining before start or oneself, daemon changes.
import threading


def attempt(label, action):
    try:
        action()
    except (RuntimeError, AssertionError) as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "-> no error")


t = threading.Thread(target=lambda: None)
attempt("join before start", t.join)
t.start()
attempt("start twice", t.start)
t.join()
attempt("start after join", t.start)


def set_daemon():
    t.daemon = True


attempt("daemon of started", set_daemon)
attempt("join current", threading.current_thread().join)

result = []


def join_self():
    attempt("join itself", threading.current_thread().join)


s = threading.Thread(target=join_self)
s.start()
s.join()
attempt("group", lambda: threading.Thread(group="g"))
