# show_code prints code_info, to sys.stdout or to file=.
import dis
import io

def f(x, y=2):
    return x * y

buf = io.StringIO()
dis.show_code(f, file=buf)
text = buf.getvalue()
print(text == dis.code_info(f) + '\n')
print([line for line in text.splitlines() if not line.startswith('Stack size')])
