import sys
class A:
    def __init__(self): self.v = 1
    @property
    def p(self):
        x = self.v
        return x + 1
def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer
def run():
    a = A()
    t = a.p
    return t + a.p
sys.settrace(tracer)
run()
sys.settrace(None)
print(run())
def gen(): yield 1; yield 2
def g2():
    yield 1
    yield 2
def lam(): return (lambda: 5)()
sys.settrace(tracer)
list(gen()); list(g2()); lam()
class K: x = 1
sys.settrace(None)
