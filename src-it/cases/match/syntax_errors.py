cases = {
    "capture first": "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "wildcard first": "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "repeat name": "match x:\n    case [a, a]:\n        pass\n",
    "or binds different": "match x:\n    case [a] | [b]:\n        pass\n",
    "or capture not last": "match x:\n    case a | 1:\n        pass\n",
    "star twice": "match x:\n    case [*a, *b]:\n        pass\n",
    "rest repeat": "match x:\n    case {'k': a, **a}:\n        pass\n",
    "kw repeat": "match x:\n    case C(a=1, a=2):\n        pass\n",
    "bad value": "match x:\n    case f():\n        pass\n",
    "positional after kw": "match x:\n    case C(a=1, b):\n        pass\n",
    "as underscore": "match x:\n    case 1 as _:\n        pass\n",
    "guarded capture ok": "match x:\n    case y if y:\n        pass\n    case 1:\n        pass\n",
}
for label, src in cases.items():
    try:
        compile(src, "<case>", "exec")
        print(label, "compiles")
    except SyntaxError as e:
        print(label, "->", e.msg, (e.lineno, e.offset))
