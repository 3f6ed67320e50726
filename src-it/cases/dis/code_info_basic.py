# code_info describes a code object (stack size aside, which is the compiler's business).
import dis

def outer(a, /, b, *args, c=3, **kw):
    z = a + b

    def inner():
        return z
    return inner, len(args)

def without_stack(text):
    return '\n'.join(line for line in text.splitlines()
                     if not line.startswith('Stack size') and 'code object' not in line)

print(without_stack(dis.code_info(outer)))
inner = [c for c in outer.__code__.co_consts if hasattr(c, 'co_code')][0]
print(without_stack(dis.code_info(inner)))
print(without_stack(dis.code_info('x = 1; y = x + 2')))
