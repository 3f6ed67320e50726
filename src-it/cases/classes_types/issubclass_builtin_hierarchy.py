# Builtin type hierarchy facts
pairs = [(bool, int), (int, object), (KeyError, LookupError), (LookupError, Exception),
         (Exception, BaseException), (KeyboardInterrupt, Exception), (type, object),
         (object, type), (dict, object), (FileNotFoundError, OSError), (OSError, EnvironmentError),
         (UnicodeDecodeError, ValueError), (ModuleNotFoundError, ImportError),
         (StopAsyncIteration, Exception), (RecursionError, RuntimeError)]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print([c.__name__ for c in bool.__mro__])
