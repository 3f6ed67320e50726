# An uncaught subclass of a builtin exception: the traceback names the subclass.
class ConfigError(ValueError):
    def __init__(self, key):
        super().__init__(f"bad key {key!r}")
        self.key = key
def load(key):
    raise ConfigError(key)
try:
    load("a")
except ValueError as e:
    print("caught", e, e.key)
load("port")
