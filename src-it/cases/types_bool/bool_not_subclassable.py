try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
print(bool.__mro__, bool.__bases__)
