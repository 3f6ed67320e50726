for s in ("hello world", "Hello World", "HELLO", "hello 3rd time", "o'neil", "ǅungla", ""):
    print(repr(s), s.title(), s.istitle())
