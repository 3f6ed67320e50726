# Event.wait(timeout) in threads: an expired wait returns False, later waits see the set flag.
import threading

ev = threading.Event()
results = {}


def wait_for_it(name, timeout):
    results[name] = ev.wait(timeout)


early = threading.Thread(target=wait_for_it, args=("early", 0.02))
early.start()
early.join()
late = [threading.Thread(target=wait_for_it, args=(f"late{i}", 30)) for i in range(3)]
for t in late:
    t.start()
ev.set()
for t in late:
    t.join()
after = threading.Thread(target=wait_for_it, args=("after", 0))
after.start()
after.join()
print(sorted(results.items()))
