x = 1
def outer():
    x = 2
    def inner():
        global x
        x = 3
    inner()
    return x
print(outer(), x)
