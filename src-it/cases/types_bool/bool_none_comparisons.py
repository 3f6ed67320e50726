print(None == False, None is None, bool(None), None != 0)
try:
    None < 1
except TypeError as e:
    print(e)
try:
    True < None
except TypeError as e:
    print(e)
