# Abstract methods gathered from several abstract bases
from abc import ABC, abstractmethod
class Readable(ABC):
    @abstractmethod
    def read(self): ...
class Writable(ABC):
    @abstractmethod
    def write(self, data): ...
    def flush(self):
        return "flushed"
class Stream(Readable, Writable):
    pass
print(sorted(Stream.__abstractmethods__))
try:
    Stream()
except TypeError as e:
    print(e)
class ReadOnly(Stream):
    def read(self): return "data"
    write = None
print(ReadOnly.__abstractmethods__, ReadOnly().read(), ReadOnly().flush())
class Both(Stream):
    def read(self): return "r"
    def write(self, data): return len(data)
print(Both().write("abc"), isinstance(Both(), Readable), isinstance(Both(), Writable))
print([c.__name__ for c in Both.__mro__])
