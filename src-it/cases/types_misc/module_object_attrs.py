import math
print(type(math).__name__, math.__name__, __name__, __doc__)
print(hasattr(math, "pi"), "sqrt" in dir(math))
import sys
print(sys.modules["__main__"].__name__, type(sys).__name__)
