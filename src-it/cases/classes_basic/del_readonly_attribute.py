# Deleting an attribute through an instance without a __dict__, and a missing one.
class C:
    pass
for target, name in (([], "append"), (C(), "x"), ("s", "upper"), (object(), "y")):
    try:
        delattr(target, name)
    except AttributeError as e:
        print("AttributeError", e)
