# Builtin functions and methods called with the wrong arguments: CPython's TypeError messages.
import math
calls = [
    "len()", "len(1, 2)", "len(obj=1)", "abs()", "repr(1, 2)", "hash()", "chr()", "ord('a', 'b')", "id()",
    "callable()", "hex()", "next()", "next(1, 2, 3)", "iter()", "getattr(1)", "isinstance(1)", "divmod(1)",
    "setattr(1, 2, 3)", "hasattr(1, 2)", "format(1, 2)", "chr(2**31)",
    "pow()", "pow(1, 2, 3, 4)", "pow(base=2)", "round()", "round(1, 2, 3)", "round(x=1)", "sum()", "sum([], 1, 2)",
    "sum(start=1)", "sorted()", "sorted([], 1)", "sorted([], x=1)", "min()", "max([1], x=1)",
    "'a'.upper(1)", "'a'.upper(x=1)", "'a'.split(1, 2, 3)", "'a'.split(x=1)", "'a'.split(',', sep=',')",
    "'a'.split(sep=',', maxsplit=1, x=2)", "'a'.center()", "'a'.center(1, 2, 3)", "'a'.center(width=3)",
    "'a'.count()", "'a'.count(1, 2, 3, 4)", "'a'.count(x=1)", "'a'.join()", "'a'.startswith()", "'a'.replace('a')",
    "'a'.encode(1, 2, 3)", "'a'.encode(x=1)", "'a'.encode(encoding=1)", "'a'.encode('utf-8', encoding='x')",
    "'a'.splitlines(1, 2)", "'a'.expandtabs(tabsize=4, x=1)", "'a'.zfill('3')", "'a'.isdigit(1)", "str.upper()",
    "str.upper(1)", "[].append()", "[].append(1, 2)", "[].append(x=1)", "[].insert(1)", "[].pop(1, 2)",
    "[].sort(1)", "[].sort(x=1)", "[].sort(key=None, reverse=False, x=1)", "[].index()", "[].count()",
    "list.append([])", "(1,).index()", "(1,).count()", "{}.get()", "{}.get(1, 2, 3)", "{}.pop()", "{}.keys(1)",
    "{}.setdefault()", "{}.update(1, 2)", "dict.get({})", "set().add()", "set().union(x=1)",
    "b''.decode(1, 2, 3)", "b''.decode(x=1)", "b'a'.split(1, 2, 3)", "b''.join()", "b''.hex(1, 2, 3)",
    "b'a'.center(width=1)", "(1).bit_length(1)", "(1).to_bytes(1, 2, 3, 4)", "(1).to_bytes(x=1)",
    "int.from_bytes()", "int.from_bytes(b'', 'big', 1)", "(1.5).is_integer(2)", "math.sqrt()", "math.sqrt(x=1)",
    "math.pow(1)", "math.log()",
    "int(1, 2, 3)", "int(x=1)", "str(1, 2, 3, 4)", "str(x=1)", "list(1, 2)", "list(x=1)", "dict(1, 2)",
    "tuple(1, 2)", "tuple(x=1)", "bytes(1, 2, 3, 4)", "float(1, 2)", "float(x=1)", "range()", "range(x=1)",
    "object(1)", "type(1, 2)", "enumerate()", "map()", "filter()", "zip(x=1)", "reversed()", "super(1, 2, 3)",
    "set(x=1)", "frozenset(1, 2)", "complex(1, 2, 3)", "slice()", "property(1, 2, 3, 4, 5)", "classmethod()",
]
for c in calls:
    try:
        eval(c)
        print(c, "-> no error")
    except TypeError as e:
        print(c, "->", e)
    except OverflowError as e:
        print(c, "-> OverflowError", e)
