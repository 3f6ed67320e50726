# None, booleans, Ellipsis and StopIteration have one-byte codes and no references.
import marshal

for v in [None, True, False, ..., StopIteration]:
    data = marshal.dumps(v)
    print(repr(v), data, marshal.loads(data) is v)
