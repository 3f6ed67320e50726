def setter():
    global g
    g = "set"
def getter():
    return g
try:
    getter()
except NameError as e:
    print(e)
setter()
print(getter())
