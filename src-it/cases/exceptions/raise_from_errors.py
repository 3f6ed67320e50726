try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise int
except TypeError as e:
    print(e)
