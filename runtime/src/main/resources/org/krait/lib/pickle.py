"""Serializing Python objects to bytes and back (Krait's own pickle module).

CPython 3.11's pickle protocols 0 to 5, writing the same bytes as CPython's C pickler for the
builtin types and following the copyreg protocol (``__reduce_ex__``, ``__reduce__``,
``__getnewargs_ex__``, ``__getstate__``/``__setstate__``, ``copyreg.dispatch_table``) for the
rest. Classes and functions are written by reference: their module and qualified name.
Out-of-band buffers (``PickleBuffer``, ``buffer_callback``, ``buffers``) are not supported.
"""

import sys
import io
import copyreg
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps", "load",
           "loads", "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8", "BINFLOAT", "BINGET", "BININT",
           "BININT1", "BININT2", "BINPERSID", "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8", "BUILD",
           "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP", "EMPTY_DICT", "EMPTY_LIST", "EMPTY_SET",
           "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4", "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET", "GLOBAL",
           "HIGHEST_PROTOCOL", "INST", "INT", "LIST", "LONG", "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT",
           "MARK", "MEMOIZE", "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ",
           "PERSID", "POP", "POP_MARK", "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS",
           "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE", "STACK_GLOBAL", "STOP", "STRING", "TRUE",
           "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3", "UNICODE"]

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# CPython's exceptions come from its C accelerator, _pickle: their reprs and tracebacks say so.
for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = "_pickle"
del _cls


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# The opcodes, by protocol (see CPython's pickletools for their documentation).
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
# Protocol 2
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
# Protocol 3
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
# Protocol 4
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
# Protocol 5
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'


# Binary numbers (CPython packs them with struct).

def _u8(n):
    return bytes((n,))


def _u16(n):
    return n.to_bytes(2, "little")


def _u32(n):
    return n.to_bytes(4, "little")


def _i32(n):
    return n.to_bytes(4, "little", signed=True)


def _u64(n):
    return n.to_bytes(8, "little")


def _pack_double(x):
    """x as an IEEE 754 double, big-endian (struct.pack('>d', x))."""
    if x != x:
        bits = 0x7ff8000000000000
    elif x in (float("inf"), float("-inf")):
        bits = 0x7ff0000000000000 | (1 << 63 if x < 0 else 0)
    else:
        sign = 1 if x < 0 or (x == 0 and str(x).startswith("-")) else 0
        text = abs(x).hex()  # '0x1.8000000000000p+0', '0x0.0p+0', '0x0.0000000000001p-1022'
        mantissa, exponent = text[2:].split("p")
        lead, frac = mantissa.split(".")
        fraction = int(frac.ljust(13, "0"), 16)
        if lead == "1":
            biased = int(exponent) + 1023
        else:
            biased = 0
        bits = (sign << 63) | (biased << 52) | fraction
    return bits.to_bytes(8, "big")


def _unpack_double(data):
    bits = int.from_bytes(data, "big")
    sign = "-" if bits >> 63 else ""
    biased = (bits >> 52) & 0x7ff
    fraction = bits & ((1 << 52) - 1)
    if biased == 0x7ff:
        return float(sign + ("nan" if fraction else "inf"))
    if biased == 0:
        return float.fromhex("%s0x0.%013xp-1022" % (sign, fraction))
    return float.fromhex("%s0x1.%013xp%d" % (sign, fraction, biased - 1023))


def encode_long(x):
    """x in the fewest little-endian two's complement bytes (LONG1/LONG4's payload); b'' for 0."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder="little", signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, byteorder="little", signed=True)


def _raw_unicode_escape(text):
    """Protocol 0's UNICODE payload: latin-1 where it can be, \\uXXXX or \\UXXXXXXXX elsewhere,
    and the characters that would break the line format escaped too."""
    out = []
    for ch in text:
        c = ord(ch)
        if c >= 0x10000:
            out.append("\\U%08x" % c)
        elif c >= 0x100 or ch in "\\\0\n\r\x1a":
            out.append("\\u%04x" % c)
        else:
            out.append(ch)
    return "".join(out).encode("latin-1")


def _raw_unicode_unescape(data):
    text = data.decode("latin-1")
    if "\\" not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] in "uU":
            width = 4 if text[i + 1] == "u" else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) == width:
                try:
                    out.append(chr(int(digits, 16)))
                    i += 2 + width
                    continue
                except ValueError:
                    pass
            raise UnicodeDecodeError("rawunicodeescape", data, i, min(n, i + 2 + width), "truncated \\uXXXX escape")
        out.append(ch)
        i += 1
    return "".join(out)


class _Framer:
    """Protocol 4's frames: output is gathered in a frame and written, behind a FRAME opcode and
    its length, once it reaches the target size or the pickle ends."""

    _FRAME_SIZE_MIN = 4
    _FRAME_SIZE_TARGET = 64 * 1024

    def __init__(self, file_write):
        self.file_write = file_write
        self.current_frame = None

    def start_framing(self):
        self.current_frame = io.BytesIO()

    def end_framing(self):
        if self.current_frame and self.current_frame.tell() > 0:
            self.commit_frame(force=True)
            self.current_frame = None

    def commit_frame(self, force=False):
        if self.current_frame:
            f = self.current_frame
            if f.tell() >= self._FRAME_SIZE_TARGET or force:
                data = f.getvalue()
                if len(data) >= self._FRAME_SIZE_MIN:
                    self.file_write(FRAME + _u64(len(data)))
                self.file_write(data)
                self.current_frame = io.BytesIO()

    def write(self, data):
        if self.current_frame:
            return self.current_frame.write(data)
        return self.file_write(data)

    def write_large_bytes(self, header, payload):
        # A large payload is written outside any frame, after the frame so far.
        if self.current_frame:
            self.commit_frame(force=True)
        self.file_write(header)
        self.file_write(payload)


def _getattribute(obj, name):
    for subpath in name.split("."):
        if subpath == "<locals>":
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """The name of the module that defines obj (its __module__, or a search of sys.modules)."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == "__main__" or module_name == "__mp_main__" or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


class Pickler:

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.framer = _Framer(self._file_write)
        self.write = self.framer.write
        self._write_large_bytes = self.framer.write_large_bytes
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()" % (self.__class__.__name__,))
        if self.proto >= 2:
            self.write(PROTO + _u8(self.proto))
        if self.proto >= 4:
            self.framer.start_framing()
        self.save(obj)
        self.write(STOP)
        self.framer.end_framing()

    def memoize(self, obj):
        if self.fast:
            return
        assert id(obj) not in self.memo
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        elif self.bin:
            if idx < 256:
                return BINPUT + _u8(idx)
            return LONG_BINPUT + _u32(idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + _u8(i)
            return LONG_BINGET + _u32(i)
        return GET + repr(i).encode("ascii") + b'\n'

    def save(self, obj, save_persistent_id=True):
        self.framer.commit_frame()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self.save_pers(pid)
            return
        t = type(obj)
        # The atoms are never memoized nor offered to reducer_override; bytes and str are
        # memoized but not offered either (CPython's C pickler).
        if t in _ATOMS:
            self.dispatch[t](self, obj)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        if t is str or t is bytes:
            self.dispatch[t](self, obj)
            return
        rv = NotImplemented
        reduce = getattr(self, "reducer_override", None)
        if reduce is not None:
            rv = reduce(obj)
        if rv is NotImplemented:
            f = self.dispatch.get(t)
            if f is not None:
                f(self, obj)
                return
            reduce = getattr(self, "dispatch_table", dispatch_table).get(t)
            if reduce is not None:
                rv = reduce(obj)
            else:
                if issubclass(t, type):
                    self.save_global(obj)
                    return
                reduce = getattr(obj, "__reduce_ex__", None)
                if reduce is not None:
                    rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, "__reduce__", None)
                    if reduce is not None:
                        rv = reduce()
                    else:
                        raise PicklingError("Can't pickle %r object: %r" % (t.__name__, obj))
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not (2 <= len(rv) <= 6):
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(obj=obj, *rv)

    def persistent_id(self, obj):
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not hasattr(listitems, "__next__"):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must be an iterator, not %s"
                                % type(listitems).__name__)
        if dictitems is not None and not hasattr(dictitems, "__next__"):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must be an iterator, not %s"
                                % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be a function, not %s"
                                % type(state_setter).__name__)
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from {} args has no __new__".format(func_name))
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from {} args has the wrong class".format(func_name))
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            args = args[1:]
            save(cls)
            save(args)
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            # A recursive reference made while the arguments were saved: the object is already
            # in the memo, and this copy is dropped for it.
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    dispatch[type(None)] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)
    dispatch[bool] = save_bool

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + _u8(obj))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + _u16(obj))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + _i32(obj))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + _u8(n) + encoded)
            else:
                self.write(LONG4 + _i32(n) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')
    dispatch[int] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _pack_double(obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')
    dispatch[float] = save_float

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import _codecs
                self.save_reduce(_codecs.encode, (str(obj, "latin1"), "latin1"), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + _u8(n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large_bytes(BINBYTES8 + _u64(n), obj)
        elif n >= self.framer._FRAME_SIZE_TARGET:
            self._write_large_bytes(BINBYTES + _u32(n), obj)
        else:
            self.write(BINBYTES + _u32(n) + obj)
        self.memoize(obj)
    dispatch[bytes] = save_bytes

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= self.framer._FRAME_SIZE_TARGET:
            self._write_large_bytes(BYTEARRAY8 + _u64(n), bytes(obj))
        else:
            self.write(BYTEARRAY8 + _u64(n) + bytes(obj))
        self.memoize(obj)
    dispatch[bytearray] = save_bytearray

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode("utf-8", "surrogatepass")
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + _u8(n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large_bytes(BINUNICODE8 + _u64(n), encoded)
            elif n >= self.framer._FRAME_SIZE_TARGET:
                self._write_large_bytes(BINUNICODE + _u32(n), encoded)
            else:
                self.write(BINUNICODE + _u32(n) + encoded)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)
    dispatch[str] = save_str

    def save_tuple(self, obj):
        if not obj:
            if self.bin:
                self.write(EMPTY_TUPLE)
            else:
                self.write(MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                # The tuple contains itself through its items: they made it already.
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        write = self.write
        write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                write(POP_MARK + get)
            else:
                write(POP * (n + 1) + get)
            return
        write(TUPLE)
        self.memoize(obj)
    dispatch[tuple] = save_tuple

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)
    dispatch[list] = save_list

    _BATCHSIZE = 1000

    def _batches(self, items):
        """items in lists of _BATCHSIZE, read as they are written; the last list is shorter (maybe empty)."""
        it = iter(items)
        while True:
            batch = []
            for item in it:
                batch.append(item)
                if len(batch) == self._BATCHSIZE:
                    break
            yield batch
            if len(batch) < self._BATCHSIZE:
                return

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        for batch in self._batches(items):
            if len(batch) > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif batch:
                save(batch[0])
                write(APPEND)

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())
    dispatch[dict] = save_dict

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        for batch in self._batches(items):
            if len(batch) > 1:
                write(MARK)
            for k, v in batch:
                save(k)
                save(v)
            if len(batch) > 1:
                write(SETITEMS)
            elif batch:
                write(SETITEM)

    def save_set(self, obj):
        save = self.save
        write = self.write
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        write(EMPTY_SET)
        self.memoize(obj)
        for batch in self._batches(obj):
            if batch:
                write(MARK)
                for item in batch:
                    save(item)
                write(ADDITEMS)
    dispatch[set] = save_set

    def save_frozenset(self, obj):
        save = self.save
        write = self.write
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write(MARK)
        for item in obj:
            save(item)
        if id(obj) in self.memo:
            write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        write(FROZENSET)
        self.memoize(obj)
    dispatch[frozenset] = save_frozenset

    def save_global(self, obj, name=None):
        write = self.write
        memo = self.memo
        if name is None:
            name = getattr(obj, "__qualname__", None)
        if name is None:
            name = obj.__name__
        if "<locals>" in name.split("."):
            raise AttributeError("Can't pickle local object %r" % name)
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            obj2, parent = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                assert code > 0
                if code <= 0xff:
                    write(EXT1 + _u8(code))
                elif code <= 0xffff:
                    write(EXT2 + _u16(code))
                else:
                    write(EXT4 + _i32(code))
                return
        lastname = name.rpartition(".")[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            write(GLOBAL + bytes(module_name, "utf-8") + b'\n' + bytes(name, "utf-8") + b'\n')
        else:
            if self.fix_imports:
                import _compat_pickle
                r_name_mapping = _compat_pickle.REVERSE_NAME_MAPPING
                r_import_mapping = _compat_pickle.REVERSE_IMPORT_MAPPING
                if (module_name, name) in r_name_mapping:
                    module_name, name = r_name_mapping[(module_name, name)]
                elif module_name in r_import_mapping:
                    module_name = r_import_mapping[module_name]
            try:
                write(GLOBAL + bytes(module_name, "ascii") + b'\n' + bytes(name, "ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %i"
                                    % (module, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    dispatch[type(save_global)] = save_global
    dispatch[type(len)] = save_global
    dispatch[type] = save_type


class Unpickler:

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_readline = file.readline
        self._file_read = file.read
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()" % (self.__class__.__name__,))
        self._frame = None
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        read = self.read
        dispatch = self.dispatch
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                f = dispatch.get(key[0])
                if f is None:
                    raise UnpicklingError("invalid load key, %r." % _key_text(key))
                f(self)
        except _Stop as stopinst:
            return stopinst.value

    # Reading, through the current frame when there is one.

    def read(self, n):
        frame = self._frame
        if frame is not None:
            data = frame.read(n)
            if not data and n != 0:
                self._frame = None
                return self._file_read(n)
            if len(data) < n:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self._file_read(n)

    def readline(self):
        frame = self._frame
        if frame is not None:
            data = frame.readline()
            if not data:
                self._frame = None
                return self._file_readline()
            if data[-1] != 0x0a:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self._file_readline()

    def _read_exactly(self, n):
        data = self.read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline_exactly(self):
        data = self.readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data

    def _load_frame(self, frame_size):
        if self._frame and self._frame.read() != b'':
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self._frame = io.BytesIO(self._read_exactly(frame_size))

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, but no persistent_load "
                              "function was specified.")

    dispatch = {}

    def load_proto(self):
        proto = self._read_exactly(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    dispatch[PROTO[0]] = load_proto

    def load_frame(self):
        frame_size = int.from_bytes(self._read_exactly(8), "little")
        if frame_size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % frame_size)
        self._load_frame(frame_size)
    dispatch[FRAME[0]] = load_frame

    def load_persid(self):
        try:
            pid = self._readline_exactly()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))
    dispatch[PERSID[0]] = load_persid

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))
    dispatch[BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.append(None)
    dispatch[NONE[0]] = load_none

    def load_false(self):
        self.append(False)
    dispatch[NEWFALSE[0]] = load_false

    def load_true(self):
        self.append(True)
    dispatch[NEWTRUE[0]] = load_true

    def load_int(self):
        data = self._readline_exactly()
        if data == FALSE[1:]:
            val = False
        elif data == TRUE[1:]:
            val = True
        else:
            val = int(data, 0)
        self.append(val)
    dispatch[INT[0]] = load_int

    def load_binint(self):
        self.append(int.from_bytes(self._read_exactly(4), "little", signed=True))
    dispatch[BININT[0]] = load_binint

    def load_binint1(self):
        self.append(self._read_exactly(1)[0])
    dispatch[BININT1[0]] = load_binint1

    def load_binint2(self):
        self.append(int.from_bytes(self._read_exactly(2), "little"))
    dispatch[BININT2[0]] = load_binint2

    def load_long(self):
        val = self._readline_exactly()[:-1]
        if val and val[-1] == b'L'[0]:
            val = val[:-1]
        self.append(int(val, 0))
    dispatch[LONG[0]] = load_long

    def load_long1(self):
        n = self._read_exactly(1)[0]
        self.append(decode_long(self._read_exactly(n)))
    dispatch[LONG1[0]] = load_long1

    def load_long4(self):
        n = int.from_bytes(self._read_exactly(4), "little", signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._read_exactly(n)))
    dispatch[LONG4[0]] = load_long4

    def load_float(self):
        self.append(float(self._readline_exactly()[:-1]))
    dispatch[FLOAT[0]] = load_float

    def load_binfloat(self):
        self.append(_unpack_double(self._read_exactly(8)))
    dispatch[BINFLOAT[0]] = load_binfloat

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._readline_exactly()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))
    dispatch[STRING[0]] = load_string

    def load_binstring(self):
        n = int.from_bytes(self._read_exactly(4), "little", signed=True)
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._read_exactly(n)))
    dispatch[BINSTRING[0]] = load_binstring

    def load_binbytes(self):
        n = int.from_bytes(self._read_exactly(4), "little")
        self.append(self._read_exactly(n))
    dispatch[BINBYTES[0]] = load_binbytes

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self._readline_exactly()[:-1]))
    dispatch[UNICODE[0]] = load_unicode

    def load_binunicode(self):
        n = int.from_bytes(self._read_exactly(4), "little")
        self.append(str(self._read_exactly(n), "utf-8", "surrogatepass"))
    dispatch[BINUNICODE[0]] = load_binunicode

    def load_binunicode8(self):
        n = int.from_bytes(self._read_exactly(8), "little")
        self.append(str(self._read_exactly(n), "utf-8", "surrogatepass"))
    dispatch[BINUNICODE8[0]] = load_binunicode8

    def load_binbytes8(self):
        n = int.from_bytes(self._read_exactly(8), "little")
        self.append(self._read_exactly(n))
    dispatch[BINBYTES8[0]] = load_binbytes8

    def load_bytearray8(self):
        n = int.from_bytes(self._read_exactly(8), "little")
        self.append(bytearray(self._read_exactly(n)))
    dispatch[BYTEARRAY8[0]] = load_bytearray8

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)
    dispatch[NEXT_BUFFER[0]] = load_next_buffer

    def load_readonly_buffer(self):
        buf = self.stack[-1]
        if isinstance(buf, bytearray):
            self.stack[-1] = bytes(buf)
    dispatch[READONLY_BUFFER[0]] = load_readonly_buffer

    def load_short_binstring(self):
        n = self._read_exactly(1)[0]
        self.append(self._decode_string(self._read_exactly(n)))
    dispatch[SHORT_BINSTRING[0]] = load_short_binstring

    def load_short_binbytes(self):
        n = self._read_exactly(1)[0]
        self.append(self._read_exactly(n))
    dispatch[SHORT_BINBYTES[0]] = load_short_binbytes

    def load_short_binunicode(self):
        n = self._read_exactly(1)[0]
        self.append(str(self._read_exactly(n), "utf-8", "surrogatepass"))
    dispatch[SHORT_BINUNICODE[0]] = load_short_binunicode

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))
    dispatch[TUPLE[0]] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    dispatch[EMPTY_TUPLE[0]] = load_empty_tuple

    def _last(self, n):
        if len(self.stack) < n:
            raise UnpicklingError("unpickling stack underflow")
        items = self.stack[-n:]
        del self.stack[-n:]
        return items

    def load_tuple1(self):
        self.append(tuple(self._last(1)))
    dispatch[TUPLE1[0]] = load_tuple1

    def load_tuple2(self):
        self.append(tuple(self._last(2)))
    dispatch[TUPLE2[0]] = load_tuple2

    def load_tuple3(self):
        self.append(tuple(self._last(3)))
    dispatch[TUPLE3[0]] = load_tuple3

    def load_empty_list(self):
        self.append([])
    dispatch[EMPTY_LIST[0]] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    dispatch[EMPTY_DICT[0]] = load_empty_dictionary

    def load_empty_set(self):
        self.append(set())
    dispatch[EMPTY_SET[0]] = load_empty_set

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))
    dispatch[FROZENSET[0]] = load_frozenset

    def load_list(self):
        items = self.pop_mark()
        self.append(items)
    dispatch[LIST[0]] = load_list

    def load_dict(self):
        items = self.pop_mark()
        d = {items[i]: items[i + 1] for i in range(0, len(items), 2)}
        self.append(d)
    dispatch[DICT[0]] = load_dict

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)), sys.exc_info()[2])
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._readline_exactly()[:-1].decode("ascii")
        name = self._readline_exactly()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())
    dispatch[INST[0]] = load_inst

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)
    dispatch[OBJ[0]] = load_obj

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))
    dispatch[NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))
    dispatch[NEWOBJ_EX[0]] = load_newobj_ex

    def load_global(self):
        module = self._readline_exactly()[:-1].decode("utf-8")
        name = self._readline_exactly()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))
    dispatch[GLOBAL[0]] = load_global

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))
    dispatch[STACK_GLOBAL[0]] = load_stack_global

    def load_ext1(self):
        self.get_extension(self._read_exactly(1)[0])
    dispatch[EXT1[0]] = load_ext1

    def load_ext2(self):
        self.get_extension(int.from_bytes(self._read_exactly(2), "little"))
    dispatch[EXT2[0]] = load_ext2

    def load_ext4(self):
        self.get_extension(int.from_bytes(self._read_exactly(4), "little", signed=True))
    dispatch[EXT4[0]] = load_ext4

    def get_extension(self, code):
        obj = _extension_cache.get(code, _extension_cache)
        if obj is not _extension_cache:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def find_class(self, module, name):
        sys.audit("pickle.find_class", module, name)
        if self.proto < 3 and self.fix_imports:
            import _compat_pickle
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        __import__(module, level=0)
        if self.proto >= 4:
            try:
                return _getattribute(sys.modules[module], name)[0]
            except AttributeError:
                raise AttributeError("Can't get attribute %r on %r" % (name, sys.modules[module])) from None
        try:
            return getattr(sys.modules[module], name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, sys.modules[module])) from None

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        self.append(func(*args))
    dispatch[REDUCE[0]] = load_reduce

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            raise UnpicklingError("unpickling stack underflow")
    dispatch[POP[0]] = load_pop

    def load_pop_mark(self):
        self.pop_mark()
    dispatch[POP_MARK[0]] = load_pop_mark

    def load_dup(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        self.append(self.stack[-1])
    dispatch[DUP[0]] = load_dup

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self._readline_exactly()[:-1]))
    dispatch[GET[0]] = load_get

    def load_binget(self):
        self._memo_get(self._read_exactly(1)[0])
    dispatch[BINGET[0]] = load_binget

    def load_long_binget(self):
        self._memo_get(int.from_bytes(self._read_exactly(4), "little"))
    dispatch[LONG_BINGET[0]] = load_long_binget

    def load_put(self):
        i = int(self._readline_exactly()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()
    dispatch[PUT[0]] = load_put

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def load_binput(self):
        self.memo[self._read_exactly(1)[0]] = self._top()
    dispatch[BINPUT[0]] = load_binput

    def load_long_binput(self):
        i = int.from_bytes(self._read_exactly(4), "little")
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = self._top()
    dispatch[LONG_BINPUT[0]] = load_long_binput

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()
    dispatch[MEMOIZE[0]] = load_memoize

    def load_append(self):
        value = self._pop()
        self._top().append(value)
    dispatch[APPEND[0]] = load_append

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self._top()
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)
    dispatch[APPENDS[0]] = load_appends

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value
    dispatch[SETITEM[0]] = load_setitem

    def load_setitems(self):
        items = self.pop_mark()
        d = self._top()
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
    dispatch[SETITEMS[0]] = load_setitems

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self._top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)
    dispatch[ADDITEMS[0]] = load_additems

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[BUILD[0]] = load_build

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append
    dispatch[MARK[0]] = load_mark

    def load_stop(self):
        value = self._pop()
        raise _Stop(value)
    dispatch[STOP[0]] = load_stop


def _key_text(key):
    """How CPython's C unpickler names a bad opcode byte: the character, escaped when unprintable."""
    c = key[0]
    if 0x20 <= c < 0x7f:
        return chr(c)
    return "\\x%02x" % c


def _escape_decode(data):
    """The body of a protocol 0 STRING: Python 2's string escapes."""
    text = data.decode("latin-1")
    if "\\" not in text:
        return data
    out = bytearray()
    i = 0
    simple = {"n": 10, "t": 9, "r": 13, "\\": 92, "'": 39, '"': 34, "a": 7, "b": 8, "f": 12, "v": 11, "\n": None}
    while i < len(text):
        ch = text[i]
        if ch != "\\" or i + 1 == len(text):
            out.append(ord(ch))
            i += 1
            continue
        nxt = text[i + 1]
        if nxt in simple:
            if simple[nxt] is not None:
                out.append(simple[nxt])
            i += 2
        elif nxt == "x":
            out.append(int(text[i + 2:i + 4], 16))
            i += 4
        elif nxt in "01234567":
            j = i + 1
            while j < len(text) and j < i + 4 and text[j] in "01234567":
                j += 1
            out.append(int(text[i + 1:j], 8) & 0xff)
            i = j
        else:
            out.append(92)
            i += 1
    return bytes(out)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    res = f.getvalue()
    assert isinstance(res, bytes_types)
    return res


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding, errors=errors).load()


def loads(s, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    file = io.BytesIO(s)
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding, errors=errors).load()


_Pickler, _Unpickler = Pickler, Unpickler
_ATOMS = {type(None): None, bool: None, int: None, float: None}
