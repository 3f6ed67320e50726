print(repr(range(3)), repr(slice(1)), repr(iter([])).split(" ")[0], repr(reversed([1])).split(" ")[0], repr(zip()).split(" ")[0])
print(repr(map(str, [])).split(" ")[0], repr(enumerate([])).split(" ")[0], repr(filter(None, [])).split(" ")[0], repr(memoryview(b"")).split(" ")[0])
print(repr(property()).split(" ")[0], repr(classmethod(len)).split(" ")[0], type(object.__init__).__name__, type(object().__str__).__name__, type(str.join).__name__)
