import dis

def outer(a, /, b, *args, c=3, **kw):
    z = a + b

    def inner():
        return z
    return inner

dis.show_code(outer)
print()
print(dis.code_info(outer.__code__.co_consts[1] if hasattr(outer.__code__.co_consts[1], 'co_code') else outer))
