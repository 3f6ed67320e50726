# Condition.wait(timeout) returns False on timeout; wait_for returns the predicate's value.
import threading

cond = threading.Condition(threading.Lock())
with cond:
    print(cond.wait(0.01))
    print(cond.wait(0))
    print(cond.wait(-1))
    print(cond.wait_for(lambda: 0, timeout=0.01))
    print(cond.wait_for(lambda: "ready"))
state = []


def setter():
    with cond:
        state.append(1)
        cond.notify_all()


with cond:
    t = threading.Thread(target=setter)
    t.start()
    print(cond.wait_for(lambda: len(state), timeout=30))
t.join()
