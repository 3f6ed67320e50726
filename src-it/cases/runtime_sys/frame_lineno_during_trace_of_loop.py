import sys
lines = []
for i in range(3):
    lines.append(sys._getframe().f_lineno)
print(lines)
def f():
    return (sys._getframe().f_lineno,
            sys._getframe().f_lineno)
print(f())
