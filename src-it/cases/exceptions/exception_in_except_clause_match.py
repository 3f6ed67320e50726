class Meta(type):
    def __instancecheck__(cls, inst):
        return True
try:
    try:
        raise ValueError("v")
    except KeyError:
        print("wrong")
    except (ValueError, KeyError) as e:
        print("tuple match", e)
except Exception:
    pass
try:
    try:
        raise ValueError
    except "notaclass":
        pass
except TypeError as e:
    print(e)
