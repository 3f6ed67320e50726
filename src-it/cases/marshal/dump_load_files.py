# dump and load with a binary file: several values in a row.
import marshal
import os
import tempfile

values = [42, 'text', [1, (2, 3)], {'a': b'b'}, None, 2**80]
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'data.bin')
    with open(path, 'wb') as f:
        for v in values:
            marshal.dump(v, f)
        marshal.dump(1.25, f, 1)
    with open(path, 'rb') as f:
        for _ in range(len(values) + 1):
            print(marshal.load(f), f.tell())
        try:
            marshal.load(f)
        except EOFError as e:
            print('EOFError', e)
