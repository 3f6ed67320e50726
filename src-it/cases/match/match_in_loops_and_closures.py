def commands(lines):
    out = []
    for line in lines:
        match line.split():
            case ["quit"]:
                out.append("bye")
                break
            case ["go", direction] if direction in ("n", "s", "e", "w"):
                out.append(f"going {direction}")
            case ["go", _]:
                out.append("bad direction")
                continue
            case ["take", *items] if items:
                out.append(f"took {', '.join(items)}")
            case []:
                out.append("empty")
            case [verb, *_]:
                out.append(f"unknown {verb}")
    else:
        out.append("no quit")
    return out
print(commands(["go n", "go x", "take a b", "", "dance now", "quit", "go s"]))
print(commands(["take"]))
def make():
    match (1, 2):
        case (a, b):
            return lambda: a * 10 + b
print(make()())
def gen(values):
    for v in values:
        match v:
            case int(n):
                yield n * 2
            case str(s):
                yield from s
print(list(gen([1, "ab", 3])))
