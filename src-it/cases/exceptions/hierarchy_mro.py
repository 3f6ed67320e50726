for cls in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError,
            RecursionError, NotImplementedError, StopIteration, GeneratorExit, KeyboardInterrupt,
            SystemExit, ModuleNotFoundError, TimeoutError, BrokenPipeError, UnboundLocalError,
            OverflowError, TabError, FloatingPointError, StopAsyncIteration, ExceptionGroup):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
