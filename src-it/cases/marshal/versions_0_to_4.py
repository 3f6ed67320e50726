# Each format version: no references before 3, no short codes before 4.
import marshal

value = ('abc', 'abc', (1, 2), 1.5, 'caf\xe9', [None])
for version in range(5):
    data = marshal.dumps(value, version)
    print(version, data)
    print(marshal.loads(data) == value)
print(marshal.version)
