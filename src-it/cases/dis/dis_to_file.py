# dis() writes to file= and returns None; the listing has one line per instruction.
import dis
import io

def f(a, b):
    return a + b

buf = io.StringIO()
print(dis.dis(f, file=buf))
lines = buf.getvalue().splitlines()
names = [line.split()[-1] if line.split()[-1].isupper() else line.split()[-2] for line in lines if line.strip()]
print(names)
count = sum(1 for _ in dis.get_instructions(f))
print(len([l for l in lines if l.strip()]) == count)
