# reset() while a party waits: the waiter gets BrokenBarrierError, the barrier works again.
import threading

barrier = threading.Barrier(2)
outcome = []


def waiter():
    try:
        barrier.wait()
        outcome.append("passed")
    except threading.BrokenBarrierError:
        outcome.append("broken")


t = threading.Thread(target=waiter)
t.start()
while barrier.n_waiting == 0:
    t.join(0.001)
print("waiting:", barrier.n_waiting)
barrier.reset()
t.join()
print(outcome, barrier.broken, barrier.n_waiting)
t = threading.Thread(target=waiter)
t.start()
barrier.wait()
t.join()
print(outcome)
