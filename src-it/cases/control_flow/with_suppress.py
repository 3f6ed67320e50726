class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit got", et.__name__ if et else None, ev)
        return et is not None and issubclass(et, KeyError)
with Suppress():
    raise KeyError("hidden")
print("continued")
try:
    with Suppress():
        raise ValueError("visible")
except ValueError as e:
    print("propagated", e)
