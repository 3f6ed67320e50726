for v in ([1], {1: 2}, {3}):
    try:
        {v}
    except TypeError as e:
        print(e)
try:
    set([[1]])
except TypeError as e:
    print(e)
print({(1, 2), (1, 2)} == {(1, 2)})
