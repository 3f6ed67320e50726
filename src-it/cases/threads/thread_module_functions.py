# _thread's other functions: get_ident, get_native_id, stack_size, interrupt_main, exit.
import _thread, time

main = _thread.get_ident()
print(type(main).__name__, type(_thread.get_native_id()).__name__, _thread._count())
idents = []
done = _thread.allocate_lock()
done.acquire()


def record():
    idents.append(_thread.get_ident())
    done.release()


_thread.start_new_thread(record, ())
done.acquire()
print("other thread's ident differs:", idents[0] != main)

print(_thread.stack_size())
print(_thread.stack_size(1 << 20), _thread.stack_size(), _thread.stack_size(0))
for size in (-1, 100):
    try:
        _thread.stack_size(size)
    except ValueError as e:
        print("ValueError:", e)

try:
    _thread.start_new_thread(_thread.interrupt_main, ())
    time.sleep(30)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt in the main thread")

try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args)
try:
    _thread.interrupt_main(1000)
except ValueError as e:
    print("ValueError:", e)
