package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * The slots and methods of {@code bytes} (and the read-only ones of {@code bytearray}). Methods
 * that only look at bytes as characters run str's implementation on the Latin-1 reading, with
 * arguments and results converted; the case methods are ASCII-only, as CPython's.
 */
final class BytesMethods {

    private static final String[] VIA_STR = {
        "strip", "lstrip", "rstrip", "split", "rsplit", "replace", "find", "rfind", "index", "rindex", "count",
        "startswith", "endswith", "partition", "rpartition", "center", "ljust", "rjust", "zfill", "expandtabs",
        "splitlines", "removeprefix", "removesuffix",
    };

    private BytesMethods() {
    }

    static String latin1(byte[] b) {
        char[] c = new char[b.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) (b[i] & 0xff);
        }
        return new String(c);
    }

    /** A str-method argument from a bytes-method argument. */
    private static PyObject toStrArg(PyObject o) {
        if (o instanceof PyStr) {
            throw PythonException.typeError("a bytes-like object is required, not 'str'");
        }
        byte[] b = PyBytes.bytesOf(o);
        if (b != null) {
            return PyStr.of(latin1(b));
        }
        if (o instanceof PyTuple) {
            PyTuple t = (PyTuple) o;
            PyObject[] items = new PyObject[t.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = toStrArg(t.getItem(i));
            }
            return PyTuple.fromArray(items);
        }
        return PyObject.newRef(o);
    }

    /** A bytes-method result from a str-method result; {@code array} makes bytearrays. */
    static PyObject fromStrResult(PyObject r, boolean array) {
        if (r instanceof PyStr) {
            PyBytes b = PyBytes.fromLatin1(r.toString());
            return array ? new PyBytearray(b.toByteArray()) : b;
        }
        if (r instanceof PyList) {
            PyList l = (PyList) r;
            PyList out = new PyList();
            for (int i = 0; i < l.size(); i++) {
                PyObject x = fromStrResult(l.getItem(i), array);
                out.append(x);
                x.decref();
            }
            return out;
        }
        if (r instanceof PyTuple) {
            PyTuple t = (PyTuple) r;
            PyObject[] items = new PyObject[t.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = fromStrResult(t.getItem(i), array);
            }
            return PyTuple.fromArray(items);
        }
        return r;
    }

    /** The argument shapes of the methods bytes borrows from str: the same as str's in CPython. */
    private static ArgSpec viaStrSpec(String name) {
        switch (name) {
            case "strip": case "lstrip": case "rstrip":
                return ArgSpec.positional(0, 1);
            case "split": case "rsplit":
                return ArgSpec.keywords(0, "sep", "maxsplit");
            case "replace":
                return ArgSpec.positional(2, 3);
            case "center": case "ljust": case "rjust":
                return ArgSpec.positional(1, 2);
            case "expandtabs":
                return ArgSpec.keywords(0, "tabsize");
            case "splitlines":
                return ArgSpec.keywords(0, "keepends");
            case "partition": case "rpartition": case "zfill": case "removeprefix": case "removesuffix":
                return ArgSpec.ONE;
            default:
                return ArgSpec.tuple(1, 3);
        }
    }

    /** The methods both bytes and bytearray have, on {@code t}. */
    static void fillCommon(PyType t, boolean array) {
        t.slot(Slot.MOD, (Signature.Binary) (self, args) -> {
            PyBytes r = PyBytes.fromLatin1(PercentFormat.format(latin1(PyBytes.bytesLike(self)), args, true));
            return array ? new PyBytearray(r.toByteArray()) : r;
        });
        for (String name : VIA_STR) {
            t.method(name, viaStrSpec(name), (self, a, kw) -> {
                PyObject m = PyStr.TYPE.lookup(name);
                PyObject[] args = new PyObject[a.length + 1];
                args[0] = PyStr.of(latin1(PyBytes.bytesLike(self)));
                // The spec bound the arguments by position; a parameter not given (null) is None to str's method.
                for (int i = 0; i < a.length; i++) {
                    args[i + 1] = a[i] == null ? PyNoneType.NONE : toStrArg(a[i]);
                }
                try {
                    return fromStrResult(CallOps.call(m, args, kw), array);
                } catch (PythonException e) {
                    if (e.matches(ExceptionTypes.VALUE_ERROR) && "substring not found".equals(e.exception().__str__().toString())) {
                        throw PythonException.valueError("subsection not found");
                    }
                    throw e;
                }
            });
        }
        t.method("decode", ArgSpec.keywords(0, "encoding", "errors"), (self, a, kw) -> decode(self, a));
        t.method("hex", ArgSpec.keywords(0, "sep", "bytes_per_sep"), (self, a, kw) -> PyStr.of(hex(PyBytes.bytesLike(self), a)));
        t.method("join", ArgSpec.ONE, (self, a, kw) -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] sep = PyBytes.bytesLike(self);
            PyObject[] items = IterOps.toArray(a[0]);
            for (int i = 0; i < items.length; i++) {
                byte[] b = PyBytes.bytesOf(items[i]);
                if (b == null) {
                    throw PythonException.typeError("sequence item " + i + ": expected a bytes-like object, "
                            + items[i].type().name() + " found");
                }
                if (i > 0) {
                    out.writeBytes(sep);
                }
                out.writeBytes(b);
            }
            byte[] r = out.toByteArray();
            return array ? new PyBytearray(r) : PyBytes.of(r);
        });
        ascii(t, "upper", array, c -> c >= 'a' && c <= 'z' ? c - 32 : c);
        ascii(t, "lower", array, c -> c >= 'A' && c <= 'Z' ? c + 32 : c);
        ascii(t, "swapcase", array, c -> c >= 'a' && c <= 'z' ? c - 32 : c >= 'A' && c <= 'Z' ? c + 32 : c);
        t.method("title", ArgSpec.NOARGS, (self, a, kw) -> {
            byte[] b = PyBytes.bytesLike(self).clone();
            boolean prev = false;
            for (int i = 0; i < b.length; i++) {
                int c = b[i];
                boolean lower = c >= 'a' && c <= 'z';
                boolean upper = c >= 'A' && c <= 'Z';
                if (lower && !prev) {
                    b[i] = (byte) (c - 32);
                } else if (upper && prev) {
                    b[i] = (byte) (c + 32);
                }
                prev = lower || upper;
            }
            return array ? new PyBytearray(b) : PyBytes.of(b);
        });
        t.method("capitalize", ArgSpec.NOARGS, (self, a, kw) -> {
            byte[] b = PyBytes.bytesLike(self).clone();
            for (int i = 0; i < b.length; i++) {
                int c = b[i];
                if (i == 0 && c >= 'a' && c <= 'z') {
                    b[i] = (byte) (c - 32);
                } else if (i > 0 && c >= 'A' && c <= 'Z') {
                    b[i] = (byte) (c + 32);
                }
            }
            return array ? new PyBytearray(b) : PyBytes.of(b);
        });
        test(t, "isdigit", c -> c >= '0' && c <= '9');
        test(t, "isalpha", c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
        test(t, "isalnum", c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9');
        test(t, "isspace", c -> c == ' ' || c >= 9 && c <= 13);
        t.method("isupper", ArgSpec.NOARGS, (self, a, kw) -> {
            String s = latin1(PyBytes.bytesLike(self));
            return PyBool.of(s.chars().anyMatch(c -> c >= 'A' && c <= 'Z') && s.chars().noneMatch(c -> c >= 'a' && c <= 'z'));
        });
        t.method("islower", ArgSpec.NOARGS, (self, a, kw) -> {
            String s = latin1(PyBytes.bytesLike(self));
            return PyBool.of(s.chars().anyMatch(c -> c >= 'a' && c <= 'z') && s.chars().noneMatch(c -> c >= 'A' && c <= 'Z'));
        });
        t.method("istitle", ArgSpec.NOARGS, (self, a, kw) -> {
            PyObject m = PyStr.TYPE.lookup("istitle");
            return CallOps.call(m, PyStr.of(latin1(PyBytes.bytesLike(self))));
        });
        t.define("maketrans", PyStaticmethod.of(new PyBuiltinFunctionOrMethod("maketrans", (s, a, kw) -> {
            byte[] from = PyBytes.bytesLike(a[0]);
            byte[] to = PyBytes.bytesLike(a[1]);
            if (from.length != to.length) {
                throw PythonException.valueError("maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < from.length; i++) {
                table[from[i] & 0xff] = to[i];
            }
            return PyBytes.of(table);
        })));
        t.method("translate", ArgSpec.keywords(1, "table", "/", "delete"), (self, a, kw) -> {
            byte[] b = PyBytes.bytesLike(self);
            byte[] table = a[0] == PyNoneType.NONE ? null : PyBytes.bytesLike(a[0]);
            if (table != null && table.length != 256) {
                throw PythonException.valueError("translation table must be 256 characters long");
            }
            byte[] delete = a.length > 1 ? PyBytes.bytesLike(a[1]) : new byte[0];
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            outer:
            for (byte x : b) {
                for (byte d : delete) {
                    if (d == x) {
                        continue outer;
                    }
                }
                out.write(table == null ? x : table[x & 0xff]);
            }
            byte[] r = out.toByteArray();
            return array ? new PyBytearray(r) : PyBytes.of(r);
        });
        t.method("isascii", ArgSpec.NOARGS, (self, a, kw) -> {
            for (byte b : PyBytes.bytesLike(self)) {
                if (b < 0) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
    }

    private static void ascii(PyType t, String name, boolean array, java.util.function.IntUnaryOperator f) {
        t.method(name, (self, a, kw) -> {
            byte[] b = PyBytes.bytesLike(self).clone();
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) f.applyAsInt(b[i] & 0xff);
            }
            return array ? new PyBytearray(b) : PyBytes.of(b);
        });
    }

    private static void test(PyType t, String name, java.util.function.IntPredicate p) {
        t.method(name, (self, a, kw) -> {
            byte[] b = PyBytes.bytesLike(self);
            if (b.length == 0) {
                return PyBool.FALSE;
            }
            for (byte x : b) {
                if (!p.test(x & 0xff)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
    }

    static void fill(PyType t) {
        t.slot(Slot.REPR, (Signature.Unary) b -> PyStr.of(PyBytes.repr(PyBytes.bytesLike(b), "b", "")));
        t.slot(Slot.STR, (Signature.Unary) b -> PyStr.of(PyBytes.repr(PyBytes.bytesLike(b), "b", "")));
        t.slot(Slot.LEN, (Signature.Length) b -> ((PyBytes) b).size());
        t.slot(Slot.HASH, (Signature.Hash) b -> {
            long h = ((PyBytes) b).hashCode() * 0x9E3779B97F4A7C15L;
            return h == -1 ? -2 : h;
        });
        t.slot(Slot.ITER, (Signature.Unary) b -> new PySequenceIterator(b, 0));
        t.slot(Slot.GETITEM, (Signature.Binary) (b, k) -> subscript(PyBytes.bytesLike(b), k, false));
        t.slot(Slot.CONTAINS, (Signature.Contains) (b, x) -> contains(PyBytes.bytesLike(b), x));
        t.slot(Slot.ADD, (Signature.SequenceOp) (a, b) -> {
            byte[] y = PyBytes.bytesOf(b);
            if (y == null) {
                throw PythonException.typeError("can't concat " + b.type().name() + " to " + a.type().name());
            }
            byte[] x = PyBytes.bytesLike(a);
            byte[] r = java.util.Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return PyBytes.of(r);
        });
        t.slot(Slot.MUL, (Signature.SequenceOp) (a, n) -> repeat(PyBytes.bytesLike(a), n, false));
        t.slot(Slot.RMUL, (Signature.SequenceOp) (a, n) -> repeat(PyBytes.bytesLike(a), n, false));
        compare(t);
        t.slot(Slot.NEW, ArgSpec.keywords(0, "source", "encoding", "errors").checked("bytes", (cls, a, kw) -> {
            if (cls != t) {
                PyBytes v = (PyBytes) ((Signature.Call) t.raw(Slot.NEW)).call(t, a, kw);
                PyObject d = new PyBytes.Derived((PyType) cls, v.toByteArray());
                v.decref();
                return d;
            }
            int npos = a.length - (kw == null ? 0 : kw.length);
            if (npos == 0) {
                return PyBytes.EMPTY;
            }
            if (npos == 1 && a[0].getClass() != PyBytes.class && a[0].type().lookup("__bytes__") != null) {
                PyObject r = org.krait.runtime.types.SlotDispatchers.callDunder(a[0], "__bytes__");
                if (!(r instanceof PyBytes)) {
                    PythonException e = PythonException.typeError("__bytes__ returned non-bytes (type " + r.type().name() + ")");
                    r.decref();
                    throw e;
                }
                return r;
            }
            if (a[0] instanceof PyStr) {
                if (npos < 2) {
                    throw PythonException.typeError("string argument without an encoding");
                }
                return PyBytes.of(Codecs.encode(a[0].toString(), a[1].toString(), npos > 2 ? a[2].toString() : "strict"));
            }
            return PyBytes.of(PyBytes.construct(a[0], "bytes"));
        }));
        t.define("fromhex", PyClassmethod.of(new PyBuiltinFunctionOrMethod("fromhex",
                (s, a, kw) -> ofClass(a[0], t, PyBytes.of(fromhex(a[1].toString()))))));
        fillCommon(t, false);
    }

    static void compare(PyType t) {
        Slot[] slots = {Slot.EQ, Slot.NE, Slot.LT, Slot.LE, Slot.GT, Slot.GE};
        for (int k = 0; k < slots.length; k++) {
            int op = k;
            t.slot(slots[k], (Signature.Binary) (a, b) -> {
                byte[] y = PyBytes.bytesOf(b);
                if (y == null) {
                    return PyNotImplementedType.NOT_IMPLEMENTED;
                }
                int c = java.util.Arrays.compareUnsigned(PyBytes.bytesLike(a), y);
                boolean r = op == 0 ? c == 0 : op == 1 ? c != 0 : op == 2 ? c < 0 : op == 3 ? c <= 0 : op == 4 ? c > 0 : c >= 0;
                return PyBool.of(r);
            });
        }
    }

    static PyObject subscript(byte[] b, PyObject k, boolean array) {
        return subscript(b, b.length, k, array);
    }

    /** {@code b[k]} over the first {@code length} bytes of {@code b} (a bytearray's storage, read in place). */
    static PyObject subscript(byte[] b, int length, PyObject k, boolean array) {
        if (k instanceof PySlice) {
            int[] s = ((PySlice) k).indices(length);
            byte[] out = new byte[s[3]];
            for (int i = 0, j = s[0]; i < s[3]; i++, j += s[2]) {
                out[i] = b[j];
            }
            return array ? new PyBytearray(out) : PyBytes.of(out);
        }
        if (!(k instanceof PyInt) && !k.type().has(Slot.INDEX)) {
            throw PythonException.typeError((array ? "bytearray" : "byte") + " indices must be integers or slices, not "
                    + k.type().name());
        }
        long i = Clinic.itemIndex(k);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw PythonException.indexError(array ? "bytearray index out of range" : "index out of range");
        }
        return PyInt.of(b[(int) i] & 0xff);
    }

    static boolean contains(byte[] b, PyObject x) {
        byte[] sub = PyBytes.bytesOf(x);
        if (sub != null) {
            return latin1(b).contains(latin1(sub));
        }
        int v = PyBytes.byteValue(x);
        for (byte y : b) {
            if ((y & 0xff) == v) {
                return true;
            }
        }
        return false;
    }

    static PyObject repeat(byte[] b, PyObject n, boolean array) {
        long k = Allocation.repeatCount(n);
        if (k < 0) {
            throw PythonException.typeError("can't multiply sequence by non-int of type '" + n.type().name() + "'");
        }
        byte[] out = new byte[Allocation.repeated(b.length, k)];
        for (int at = 0; at < out.length; at += b.length) {
            System.arraycopy(b, 0, out, at, b.length);
        }
        return array ? new PyBytearray(out) : PyBytes.of(out);
    }

    private static String hex(byte[] b, PyObject[] a) {
        String sep = a.length > 0 && a[0] != null ? a[0].toString() : "";
        int per = a.length > 1 ? (int) ((PyInt) a[1]).asLong() : 1;
        StringBuilder sb = new StringBuilder();
        int n = b.length;
        for (int i = 0; i < n; i++) {
            if (i > 0 && !sep.isEmpty()) {
                int fromEnd = n - i;
                boolean boundary = per > 0 ? fromEnd % per == 0 : i % -per == 0;
                if (boundary) {
                    sb.append(sep);
                }
            }
            sb.append(String.format("%02x", b[i] & 0xff));
        }
        return sb.toString();
    }

    /**
     * The result of an alternative constructor ({@code fromhex}) called on {@code cls}: itself
     * for the builtin {@code base}, else {@code cls(value)}, as CPython builds subclass instances.
     */
    static PyObject ofClass(PyObject cls, PyType base, PyObject value) {
        if (cls == base) {
            return value;
        }
        try {
            return org.krait.runtime.ops.CallOps.call(cls, value);
        } finally {
            value.decref();
        }
    }

    static byte[] fromhex(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            int lo = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (hi < 0 || lo < 0) {
                int at = hi < 0 ? i : i + 1;
                throw PythonException.valueError("non-hexadecimal number found in fromhex() arg at position " + at);
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    /** {@code str.encode(encoding='utf-8', errors='strict')}, its arguments bound by position. */
    static PyObject strEncode(PyObject self, PyObject[] a, String[] kw) {
        String enc = a.length > 0 && a[0] != null ? Clinic.str("encode", "encoding", a[0]) : "utf-8";
        String errors = a.length > 1 && a[1] != null ? Clinic.str("encode", "errors", a[1]) : "strict";
        return PyBytes.of(Codecs.encode(self.toString(), enc, errors));
    }

    /** {@code bytes.decode(encoding='utf-8', errors='strict')}, its arguments bound by position. */
    private static PyObject decode(PyObject self, PyObject[] a) {
        String enc = a.length > 0 && a[0] != null ? Clinic.str("decode", "encoding", a[0]) : "utf-8";
        String errors = a.length > 1 && a[1] != null ? Clinic.str("decode", "errors", a[1]) : "strict";
        return PyStr.of(Codecs.decode(PyBytes.bytesLike(self), enc, errors));
    }
}
