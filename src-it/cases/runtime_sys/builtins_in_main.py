# In __main__, __builtins__ is the builtins module; exec with fresh globals inserts the dict.
import builtins
print(type(__builtins__).__name__, __builtins__ is builtins)
print(__builtins__.len("ab"))
exec("print(type(__builtins__).__name__)")
g = {}
exec("x = 1", g)
print(type(g["__builtins__"]).__name__)
