def m(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d]:
            return "go " + d
        case ["pick", *items] if items:
            return "pick " + ",".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case [cmd_word, *_]:
            return "unknown " + cmd_word
        case []:
            return "empty"
for c in ("go north", "go west", "pick a b", "pick", "exit", ""):
    print(repr(c), m(c))
