"""Disassembler of Krait's bytecode.

Krait's instructions carry CPython 3.11's names and meanings with Krait's own numbers (see the
opcode module); this module lists them as CPython's dis lists CPython's. The listing itself is
made in Java (_dis), which `krait --dis FILE` prints too.
"""

import sys
import _dis
import opcode

# What `from opcode import *` gives.
globals().update({name: getattr(opcode, name) for name in opcode.__all__})

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts", "findlabels",
           "show_code", "get_instructions", "Instruction", "Bytecode"] + opcode.__all__

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}

MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')
FORMAT_VALUE_CONVERTERS = ((None, ''), (str, 'str'), (repr, 'repr'), (ascii, 'ascii'))


def _function():
    pass


class _Methods:
    def method(self):
        pass


FunctionType = type(_function)
CodeType = type(_function.__code__)
MethodType = type(_Methods().method)
# What dis() disassembles when it finds it in a class or module namespace.
_HAVE_CODE = (MethodType, FunctionType, CodeType, classmethod, staticmethod, type)
del _function, _Methods


def _record(typename, fields, defaults=()):
    """A tuple subclass with named fields, like collections.namedtuple's."""
    nfields = len(fields)
    first_default = nfields - len(defaults)

    def __new__(cls, *args, **kwargs):
        if len(args) > nfields:
            raise TypeError(f'{typename}.__new__() takes {nfields + 1} positional arguments but '
                            f'{len(args) + 1} were given')
        values = list(args)
        for i in range(len(args), nfields):
            name = fields[i]
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif i >= first_default:
                values.append(defaults[i - first_default])
            else:
                missing = [f for f in fields[i:] if f not in kwargs and fields.index(f) < first_default]
                raise TypeError(f"{typename}.__new__() missing {len(missing)} required positional "
                                f"argument{'s' if len(missing) > 1 else ''}: "
                                + ' and '.join(repr(m) for m in missing))
        if kwargs:
            name = next(iter(kwargs))
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{name}'")
        return tuple.__new__(cls, values)

    def __repr__(self):
        inner = ', '.join(f'{name}={value!r}' for name, value in zip(fields, self))
        return f'{type(self).__name__}({inner})'

    def _replace(self, **changes):
        values = [changes.pop(name, value) for name, value in zip(fields, self)]
        if changes:
            raise ValueError(f'Got unexpected field names: {list(changes)!r}')
        return type(self)(*values)

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__slots__': (),
        '__new__': __new__,
        '__repr__': __repr__,
        '_replace': _replace,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '_fields': tuple(fields),
        '_field_defaults': dict(zip(fields[first_default:], defaults)),
        '__module__': 'dis',
    }
    for index, name in enumerate(fields):
        namespace[name] = property(lambda self, index=index: self[index],
                                   doc=f'Alias for field number {index}')
    return type(typename, (tuple,), namespace)


Positions = _record('Positions', ('lineno', 'end_lineno', 'col_offset', 'end_col_offset'),
                    (None, None, None, None))

_Instruction = _record('_Instruction', ('opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset',
                                        'starts_line', 'is_jump_target', 'positions'), (None,))


class Instruction(_Instruction):
    """One instruction: its name and number, its argument (None when it takes none), what the
    argument stands for (argval) and says (argrepr), its byte offset, the line it starts (or
    None), whether something jumps to it, and its source positions."""

    __slots__ = ()

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        return _dis.format_line(self.opname, self.arg, self.argrepr, self.offset,
                                self.starts_line if lineno_width else None, self.is_jump_target,
                                lineno_width, mark_as_current, offset_width)


_ExceptionTableEntry = _record('_ExceptionTableEntry', ('start', 'end', 'target', 'depth', 'lasti'))


def pretty_flags(flags):
    """The names of the bits set in a code object's co_flags, joined by ', '."""
    names = []
    for bit in range(32):
        flag = 1 << bit
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                return ", ".join(names)
    names.append(hex(flags))
    return ", ".join(names)


def _try_compile(source, name):
    """Compiles an expression if it is one, else statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        return compile(source, name, 'exec')


def _unwrap(x):
    """The code behind a method, function, generator, async generator or coroutine."""
    if hasattr(x, '__func__'):
        x = x.__func__
    elif isinstance(x, staticmethod):
        x = x.__get__(None, object)
    elif isinstance(x, classmethod):
        x = x.__get__(None, object).__func__
    for attribute in ('__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attribute):
            return getattr(x, attribute)
    return x


def _get_code_object(x):
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError(f"don't know how to disassemble {type(x).__name__} objects")


def _format_code_info(co):
    lines = [
        f"Name:              {co.co_name}",
        f"Filename:          {co.co_filename}",
        f"Argument count:    {co.co_argcount}",
        f"Positional-only arguments: {co.co_posonlyargcount}",
        f"Kw-only arguments: {co.co_kwonlyargcount}",
        f"Number of locals:  {co.co_nlocals}",
        f"Stack size:        {co.co_stacksize}",
        f"Flags:             {pretty_flags(co.co_flags)}",
    ]
    sections = (("Constants:", co.co_consts, repr), ("Names:", co.co_names, str),
                ("Variable names:", co.co_varnames, str), ("Free variables:", co.co_freevars, str),
                ("Cell variables:", co.co_cellvars, str))
    for title, items, show in sections:
        if items:
            lines.append(title)
            for index, item in enumerate(items):
                lines.append(f"{index:4d}: {show(item)}")
    return "\n".join(lines)


def code_info(x):
    """Details of the code of a function, method, code object or source string, as text."""
    return _format_code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Prints code_info(co)."""
    print(code_info(co), file=file)


def findlinestarts(code):
    """Yields (offset, line) for each instruction that starts a new source line."""
    for offset, line in _dis.line_starts(code):
        yield offset, line


def findlabels(code):
    """The offsets that jumps in the raw instructions `code` go to."""
    return _dis.labels(code)


def _instructions(co, line_offset=0):
    for fields in _dis.instructions(co, line_offset):
        yield Instruction(*fields[:8], Positions(*fields[8]))


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator of the Instructions of a function, method, code object or source string.
    Lines are shifted so that the code's first line is `first_line` when it is given."""
    co = _get_code_object(x)
    offset = 0 if first_line is None else first_line - co.co_firstlineno
    return _instructions(co, offset)


def _print(text, file):
    print(text, end='', file=sys.stdout if file is None else file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Prints the listing of one code object, marking the instruction at offset `lasti`."""
    _print(_dis.listing(co, lasti, 0), file)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth -= 1
        for const in co.co_consts:
            if hasattr(const, 'co_code'):
                print(file=file)
                print(f"Disassembly of {const!r}:", file=file)
                _disassemble_recursive(const, file=file, depth=depth)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Prints the listing of a function, method, class, module, code object, generator,
    coroutine, source string or raw instructions; with no argument, the last traceback's.
    Code objects nested in constants follow, `depth` levels deep (all when None)."""
    if x is None:
        distb(file=file)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__'):
        for name, member in sorted(x.__dict__.items()):
            if isinstance(member, _HAVE_CODE):
                print(f"Disassembly of {name}:", file=file)
                try:
                    dis(member, file=file, depth=depth)
                except TypeError as e:
                    print("Sorry:", e, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, (bytes, bytearray)):
        _print(_dis.bytes_listing(x, -1), file)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, "<dis>"), file=file, depth=depth)
    else:
        raise TypeError(f"don't know how to disassemble {type(x).__name__} objects")


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Prints the listing of the code where traceback `tb` (default: the last) ended."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


class Bytecode:
    """The instructions of a piece of code, to iterate over, list (dis()) or describe (info())."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = [_ExceptionTableEntry(*e) for e in _dis.exception_entries(co)]
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        return _instructions(self.codeobj, self._line_offset)

    def __repr__(self):
        return f"{self.__class__.__name__}({self._original_object!r})"

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """The Bytecode of the code where `tb` ended, marked at its last instruction."""
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti, show_caches=show_caches,
                   adaptive=adaptive)

    def info(self):
        """code_info() of the code."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """The listing, as a string."""
        lasti = -1 if self.current_offset is None else self.current_offset
        return _dis.listing(self.codeobj, lasti, self._line_offset)


def _test():
    """`python -m dis [file]`: prints the listing of a file (stdin by default)."""
    args = sys.argv[1:]
    if args:
        with open(args[0], 'rb') as f:
            source = f.read()
        name = args[0]
    else:
        source = sys.stdin.buffer.read()
        name = '<stdin>'
    dis(compile(source, name, "exec"))


if __name__ == "__main__":
    _test()
