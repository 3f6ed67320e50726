# -*- coding: utf-8 -*-
"""Valid Python 3.11 touching many constructs; ParserRobustnessTest parses every prefix of it."""
import os.path as osp, sys
from collections import (namedtuple,
                         OrderedDict as OD)

π = 3.14159  # non-ASCII name
naïve = "café 😀 \N{GREEK SMALL LETTER ALPHA} \u00e9 \U0001F600 \x41"
raw = rb'\d+' + b"\x00\xff"
big = 0x_dead_beef + 0o17 + 0b1010 + 1_000.5e-3 + 3j
text = f"{π!r:>{10}} {naïve=} {'nested' + f'{1 + 1}'} {{literal}}"
long = """first line
second line \
continued"""
total = 1 + \
    2


@decorator(arg=1)
class Shape(Base, metaclass=Meta):
    """Docstring."""
    sides: int = 0

    def area(self, /, scale=1.0, *args, unit: str = "m", **kw) -> float:
        global counter
        if (n := len(args)) > 2 and not kw:
            return [x ** 2 for x in args if x] or {k: v for k, v in kw.items()}
        elif n == 1:
            lambda_ = lambda a, *b, c=3, **d: (a, b, c, d)
        else:
            pass
        return scale * self.sides


async def fetch(session):
    async with session.get(url) as resp, other() as o:
        async for chunk in resp:
            yield await chunk
    try:
        data = [*range(3), *(i async for i in agen())]
    except* ValueError as eg:
        raise RuntimeError("bad") from eg
    finally:
        del data[0], data[1:2]


def matcher(command):
    match command.split():
        case [action]:
            return action
        case ["go", direction] | ["move", direction]:
            return direction
        case {"x": x, **rest} if x > 0:
            return rest
        case Point(x=0, y=0) as origin:
            return origin
        case -1 | 1.5 | -2j | "s" "t" | b"" if False:
            return None
        case _:
            return ...


while True:
    for i, (a, b) in enumerate(zip(x, y)):
        if a is not b:
            continue
        break
    else:
        x[1:2, ::3] += 1
with open(osp.join("a", "b")) as f:
    print(*f, sep="\t", end="")
assert isinstance(x, (int, float)), "message"
