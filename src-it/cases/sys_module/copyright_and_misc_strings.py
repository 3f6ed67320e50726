# Descriptive strings and values of sys.
import sys

print(isinstance(sys.copyright, str), 'Copyright' in sys.copyright)
print(sys._framework == '', type(sys._git).__name__, len(sys._git))
print(sys.thread_info.name, len(sys.thread_info), type(sys.thread_info).__name__)
print(type(sys.getallocatedblocks()).__name__, sys._clear_type_cache())
print(callable(sys.__interactivehook__), sys.__doc__ is not None)
print(sys.__name__, sys.builtins if hasattr(sys, 'builtins') else 'no sys.builtins')
