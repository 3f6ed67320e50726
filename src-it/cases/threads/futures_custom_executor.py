# An Executor subclass needs only submit(); map and the context manager come from the base.
from concurrent.futures import Executor, Future


class InlineExecutor(Executor):
    def __init__(self):
        self.log = []

    def submit(self, fn, /, *args, **kwargs):
        future = Future()
        self.log.append(fn.__name__)
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as e:
            future.set_exception(e)
        return future

    def shutdown(self, wait=True, *, cancel_futures=False):
        self.log.append(("shutdown", wait, cancel_futures))


with InlineExecutor() as ex:
    print(list(ex.map(divmod, [7, 9], [2, 4])))
    print(ex.submit(sorted, [3, 1, 2], reverse=True).result())
    print(ex.submit(int, "x").exception())
print(ex.log)
try:
    Executor().submit(print)
except NotImplementedError:
    print("base submit is abstract")
Executor().shutdown()
with Executor() as plain:
    print(type(plain).__name__)
