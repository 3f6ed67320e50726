# dis() of a class lists each method under "Disassembly of NAME:".
import dis
import io

class Shape:
    sides = 0

    def area(self):
        return 0

    def describe(self):
        return 'shape'

    @classmethod
    def make(cls):
        return cls()

buf = io.StringIO()
dis.dis(Shape, file=buf)
print([l for l in buf.getvalue().splitlines() if l.startswith('Disassembly')])
