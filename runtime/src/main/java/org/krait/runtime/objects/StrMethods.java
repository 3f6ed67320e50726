package org.krait.runtime.objects;

import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.unicode.CaseMapping;
import org.krait.runtime.unicode.CharTypes;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** The slots and methods of {@code str}. CPython: Objects/unicodeobject.c. */
final class StrMethods {

    private StrMethods() {
    }

    private static String s(PyObject o) {
        return o.toString();
    }

    private static PyStr str(PyObject self, PyObject arg, String method) {
        if (!(arg instanceof PyStr)) {
            throw PythonException.typeError(method + " arg must be None or str");
        }
        return (PyStr) arg;
    }

    static void fill(PyType t) {
        t.slot(Slot.REPR, (Signature.Unary) o -> ((PyStr) o).__repr__());
        t.slot(Slot.STR, (Signature.Unary) o -> ((PyStr) o).exact());
        t.slot(Slot.HASH, (Signature.Hash) o -> ((PyStr) o).__hash__());
        t.slot(Slot.LEN, (Signature.Length) o -> ((PyStr) o).length());
        t.slot(Slot.ITER, (Signature.Unary) o -> new PySequenceIterator(o, 0));
        t.slot(Slot.GETITEM, (Signature.Binary) StrMethods::subscript);
        t.slot(Slot.CONTAINS, (Signature.Contains) (o, x) -> {
            if (!(x instanceof PyStr)) {
                throw PythonException.typeError("'in <string>' requires string as left operand, not " + x.type().name());
            }
            return s(o).contains(s(x));
        });
        t.slot(Slot.ADD, (Signature.SequenceOp) (a, b) -> {
            if (!(b instanceof PyStr)) {
                throw PythonException.typeError("can only concatenate str (not \"" + b.type().name() + "\") to str");
            }
            return ((PyStr) a).concat((PyStr) b);
        });
        t.slot(Slot.MUL, (Signature.SequenceOp) StrMethods::repeat);
        t.slot(Slot.RMUL, (Signature.SequenceOp) StrMethods::repeat);
        t.slot(Slot.MOD, (Signature.Binary) (a, b) -> unchangedOr(a, PercentFormat.format(s(a), b), '%'));
        Slot[] cmps = {Slot.EQ, Slot.NE, Slot.LT, Slot.LE, Slot.GT, Slot.GE};
        for (int k = 0; k < cmps.length; k++) {
            int op = k;
            t.slot(cmps[k], (Signature.Binary) (a, b) -> {
                if (!(b instanceof PyStr)) {
                    return PyNotImplementedType.NOT_IMPLEMENTED;
                }
                int c = ((PyStr) a).compareTo((PyStr) b);
                boolean r = op == 0 ? c == 0 : op == 1 ? c != 0 : op == 2 ? c < 0 : op == 3 ? c <= 0 : op == 4 ? c > 0 : c >= 0;
                return PyBool.of(r);
            });
        }
        t.slot(Slot.NEW, ArgSpec.keywords(0, "object", "encoding", "errors").checked("str", (cls, args, kw) -> {
            PyStr v = args.length == 0 ? PyStr.EMPTY : strOf(args, kw);
            return cls == PyStr.TYPE ? v : new PyStr.Derived((PyType) cls, v);
        }));
        t.method("join", ArgSpec.ONE, (self, a, kw) -> {
            StringBuilder sb = new StringBuilder();
            PyObject[] items = IterOps.toArray(a[0]);
            try {
                long total = (long) s(self).length() * Math.max(0, items.length - 1);
                for (int i = 0; i < items.length; i++) {
                    if (!(items[i] instanceof PyStr)) {
                        throw PythonException.typeError("sequence item " + i + ": expected str instance, "
                                + items[i].type().name() + " found");
                    }
                    total += s(items[i]).length();
                }
                Allocation.length(total);
                for (int i = 0; i < items.length; i++) {
                    if (i > 0) {
                        sb.append(s(self));
                    }
                    sb.append(s(items[i]));
                }
                return PyStr.of(sb.toString());
            } finally {
                for (PyObject item : items) {
                    item.decref();
                }
            }
        });
        t.method("split", ArgSpec.keywords(0, "sep", "maxsplit"), (self, a, kw) -> split(s(self), separator(a), maxsplit(a)));
        t.method("strip", ArgSpec.positional(0, 1), (self, a, kw) -> PyStr.of(strip(s(self), a, true, true)));
        t.method("lstrip", ArgSpec.positional(0, 1), (self, a, kw) -> PyStr.of(strip(s(self), a, true, false)));
        t.method("rstrip", ArgSpec.positional(0, 1), (self, a, kw) -> PyStr.of(strip(s(self), a, false, true)));
        t.method("upper", ArgSpec.NOARGS, (self, a, kw) -> PyStr.ofCodePoints(CaseMapping.upper(((PyStr) self).codePoints())));
        t.method("lower", ArgSpec.NOARGS, (self, a, kw) -> PyStr.ofCodePoints(CaseMapping.lower(((PyStr) self).codePoints())));
        t.method("title", ArgSpec.NOARGS, (self, a, kw) -> PyStr.ofCodePoints(CaseMapping.title(((PyStr) self).codePoints())));
        t.method("capitalize", ArgSpec.NOARGS, (self, a, kw) -> PyStr.ofCodePoints(CaseMapping.capitalize(((PyStr) self).codePoints())));
        t.method("swapcase", ArgSpec.NOARGS, (self, a, kw) -> PyStr.ofCodePoints(CaseMapping.swapcase(((PyStr) self).codePoints())));
        t.method("casefold", ArgSpec.NOARGS, (self, a, kw) -> PyStr.ofCodePoints(CaseMapping.casefold(((PyStr) self).codePoints())));
        t.method("startswith", ArgSpec.tuple(1, 3), (self, a, kw) -> PyBool.of(affix(window((PyStr) self, a), a[0], true)));
        t.method("endswith", ArgSpec.tuple(1, 3), (self, a, kw) -> PyBool.of(affix(window((PyStr) self, a), a[0], false)));
        t.method("replace", ArgSpec.positional(2, 3), (self, a, kw) -> {
            String x = s(self);
            String from = s(str(self, a[0], "replace"));
            String to = s(a[1]);
            long count = a.length > 2 ? Clinic.ssize(a[2]) : -1;
            if (count < 0) {
                return PyStr.of(from.isEmpty() ? insertEverywhere(x, to) : x.replace(from, to));
            }
            StringBuilder sb = new StringBuilder();
            int pos = 0;
            for (long n = 0; n < count; n++) {
                int i = x.indexOf(from, pos);
                if (i < 0) {
                    break;
                }
                sb.append(x, pos, i).append(to);
                pos = i + from.length();
            }
            return PyStr.of(sb.append(x.substring(pos)).toString());
        });
        t.method("find", ArgSpec.tuple(1, 3), (self, a, kw) -> PyInt.of(find((PyStr) self, a, false)));
        t.method("rfind", ArgSpec.tuple(1, 3), (self, a, kw) -> PyInt.of(find((PyStr) self, a, true)));
        t.method("index", ArgSpec.tuple(1, 3), (self, a, kw) -> {
            int i = find((PyStr) self, a, false);
            if (i < 0) {
                throw PythonException.valueError("substring not found");
            }
            return PyInt.of(i);
        });
        t.method("rindex", ArgSpec.tuple(1, 3), (self, a, kw) -> {
            int i = find((PyStr) self, a, true);
            if (i < 0) {
                throw PythonException.valueError("substring not found");
            }
            return PyInt.of(i);
        });
        t.method("count", ArgSpec.tuple(1, 3), (self, a, kw) -> {
            int[] r = range((PyStr) self, a);
            int[] x = ((PyStr) self).codePoints();
            int[] sub = str(self, a[0], "count").codePoints();
            if (r[0] > r[1]) {
                return PyInt.of(0);
            }
            if (sub.length == 0) {
                return PyInt.of(r[1] - r[0] + 1);
            }
            int c = 0;
            for (int i = r[0]; i + sub.length <= r[1];) {
                if (matchAt(x, sub, i)) {
                    c++;
                    i += sub.length;
                } else {
                    i++;
                }
            }
            return PyInt.of(c);
        });
        t.method("removeprefix", ArgSpec.ONE, (self, a, kw) -> PyStr.of(s(self).startsWith(s(a[0])) ? s(self).substring(s(a[0]).length()) : s(self)));
        t.method("removesuffix", ArgSpec.ONE, (self, a, kw) -> PyStr.of(!s(a[0]).isEmpty() && s(self).endsWith(s(a[0]))
                ? s(self).substring(0, s(self).length() - s(a[0]).length()) : s(self)));
        t.method("isidentifier", ArgSpec.NOARGS, (self, a, kw) -> PyBool.of(CharTypes.isIdentifier(((PyStr) self).codePoints())));
        t.method("istitle", ArgSpec.NOARGS, (self, a, kw) -> PyBool.of(CharTypes.isTitle(((PyStr) self).codePoints())));
        t.method("rsplit", ArgSpec.keywords(0, "sep", "maxsplit"), (self, a, kw) -> rsplit(s(self), separator(a), maxsplit(a)));
        t.method("partition", ArgSpec.ONE, (self, a, kw) -> {
            String x = s(self);
            String sep = s(a[0]);
            int i = x.indexOf(sep);
            return i < 0 ? PyTuple.of(self, PyStr.EMPTY, PyStr.EMPTY)
                    : PyTuple.of(PyStr.of(x.substring(0, i)), a[0], PyStr.of(x.substring(i + sep.length())));
        });
        t.method("rpartition", ArgSpec.ONE, (self, a, kw) -> {
            String x = s(self);
            String sep = s(a[0]);
            int i = x.lastIndexOf(sep);
            return i < 0 ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, self)
                    : PyTuple.of(PyStr.of(x.substring(0, i)), a[0], PyStr.of(x.substring(i + sep.length())));
        });
        t.method("expandtabs", ArgSpec.keywords(0, "tabsize"), (self, a, kw) -> {
            long size = a.length > 0 ? Clinic.ssize(a[0]) : 8;
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (int c : ((PyStr) self).codePoints()) {
                if (c == '\t') {
                    int n = size > 0 ? (int) (size - col % size) : 0;
                    sb.append(" ".repeat(n));
                    col += n;
                } else {
                    sb.appendCodePoint(c);
                    col = c == '\n' || c == '\r' ? 0 : col + 1;
                }
            }
            return PyStr.of(sb.toString());
        });
        t.method("format_map", ArgSpec.ONE, (self, a, kw) -> unchangedOr(self, StrFormat.formatMap(s(self), a[0]), '{'));
        t.method("isdigit", ArgSpec.NOARGS, (self, a, kw) -> PyBool.of(all((PyStr) self, CharTypes::isDigit)));
        t.method("isnumeric", ArgSpec.NOARGS, (self, a, kw) -> PyBool.of(all((PyStr) self, CharTypes::isNumeric)));
        t.method("isdecimal", ArgSpec.NOARGS, (self, a, kw) -> PyBool.of(all((PyStr) self, CharTypes::isDecimal)));
        t.method("isalpha", ArgSpec.NOARGS, (self, a, kw) -> PyBool.of(all((PyStr) self, CharTypes::isAlpha)));
        t.method("isalnum", ArgSpec.NOARGS, (self, a, kw) -> PyBool.of(all((PyStr) self, CharTypes::isAlnum)));
        t.method("isspace", ArgSpec.NOARGS, (self, a, kw) -> PyBool.of(all((PyStr) self, CharTypes::isSpace)));
        t.method("isupper", ArgSpec.NOARGS, (self, a, kw) -> PyBool.of(CharTypes.isUpper(((PyStr) self).codePoints())));
        t.method("islower", ArgSpec.NOARGS, (self, a, kw) -> PyBool.of(CharTypes.isLower(((PyStr) self).codePoints())));
        t.method("center", ArgSpec.positional(1, 2), (self, a, kw) -> PyStr.of(justify(s(self), a, '^')));
        t.method("ljust", ArgSpec.positional(1, 2), (self, a, kw) -> PyStr.of(justify(s(self), a, '<')));
        t.method("rjust", ArgSpec.positional(1, 2), (self, a, kw) -> PyStr.of(justify(s(self), a, '>')));
        t.method("zfill", ArgSpec.ONE, (self, a, kw) -> {
            String x = s(self);
            long w = Clinic.ssize(a[0]);
            if (x.length() >= w) {
                return PyStr.of(x);
            }
            String sign = x.startsWith("-") || x.startsWith("+") ? x.substring(0, 1) : "";
            return PyStr.of(sign + "0".repeat(Allocation.length(w) - x.length()) + x.substring(sign.length()));
        });
        t.method("splitlines", ArgSpec.keywords(0, "keepends"), (self, a, kw) -> {
            boolean keep = a.length > 0 && Clinic.ssize(a[0]) != 0;
            PyList out = new PyList();
            int[] x = ((PyStr) self).codePoints();
            int start = 0;
            for (int i = 0; i < x.length; i++) {
                int c = x[i];
                if (CharTypes.isLineBreak(c)) {
                    int end = i;
                    if (c == '\r' && i + 1 < x.length && x[i + 1] == '\n') {
                        i++;
                    }
                    PyStr line = PyStr.ofCodePoints(java.util.Arrays.copyOfRange(x, start, keep ? i + 1 : end));
                    out.append(line);
                    line.decref();
                    start = i + 1;
                }
            }
            if (start < x.length) {
                PyStr line = PyStr.ofCodePoints(java.util.Arrays.copyOfRange(x, start, x.length));
                out.append(line);
                line.decref();
            }
            return out;
        });
        t.method("encode", ArgSpec.keywords(0, "encoding", "errors"), BytesMethods::strEncode);
        t.method("isprintable", ArgSpec.NOARGS, (self, a, kw) -> PyBool.of(s(self).codePoints().allMatch(CharTypes::isPrintable)));
        t.method("isascii", ArgSpec.NOARGS, (self, a, kw) -> PyBool.of(s(self).codePoints().allMatch(c -> c < 128)));
        t.method("translate", ArgSpec.ONE, (self, a, kw) -> {
            StringBuilder sb = new StringBuilder();
            for (int c : ((PyStr) self).codePoints()) {
                PyObject key = PyInt.of(c);
                PyObject v;
                try {
                    v = org.krait.runtime.ops.SequenceOps.getItem(a[0], key);
                } catch (PythonException e) {
                    if (!e.matches(org.krait.runtime.objects.exceptions.ExceptionTypes.LOOKUP_ERROR)) {
                        throw e;
                    }
                    sb.appendCodePoint(c);
                    continue;
                }
                if (v instanceof PyInt) {
                    sb.appendCodePoint(((PyInt) v).intValue());
                } else if (v instanceof PyStr) {
                    sb.append(v);
                } else if (v != PyNoneType.NONE) {
                    throw PythonException.typeError("character mapping must return integer, None or str");
                }
            }
            return PyStr.of(sb.toString());
        });
        t.define("maketrans", org.krait.runtime.objects.PyStaticmethod.of(new PyBuiltinFunctionOrMethod("maketrans", (s, a, kw) -> {
            PyDict d = new PyDict();
            if (a.length == 1) {
                PyDict src = (PyDict) a[0];
                for (int i = 0; i < src.entryBound(); i++) {
                    PyObject k = src.keyAt(i);
                    if (k != null) {
                        d.setItem(k instanceof PyStr ? PyInt.of(((PyStr) k).codePointAt(0)) : k, src.valueAt(i));
                    }
                }
                return d;
            }
            PyStr from = (PyStr) a[0];
            PyStr to = (PyStr) a[1];
            if (from.length() != to.length()) {
                throw PythonException.valueError("the first two maketrans arguments must have equal length");
            }
            for (int i = 0; i < from.length(); i++) {
                d.setItem(PyInt.of(from.codePointAt(i)), PyInt.of(to.codePointAt(i)));
            }
            if (a.length > 2) {
                PyStr del = (PyStr) a[2];
                for (int i = 0; i < del.length(); i++) {
                    d.setItem(PyInt.of(del.codePointAt(i)), PyNoneType.NONE);
                }
            }
            return d;
        })));
        t.method("format", (self, a, kw) -> unchangedOr(self, StrFormat.format(s(self), a, kw), '{'));
        t.method("__format__", (self, a, kw) -> ObjectOps.formatBuiltin(self, s(a[0])));
    }

    /** {@code str(object)} or {@code str(bytes, encoding, errors)}. */
    private static PyStr strOf(PyObject[] a, String[] kw) {
        int npos = a.length - (kw == null ? 0 : kw.length);
        boolean decoding = npos >= 2;
        for (int i = 0; kw != null && i < kw.length; i++) {
            if (kw[i].equals("encoding") || kw[i].equals("errors")) {
                decoding = true;
            } else if (kw[i].equals("object")) {
                return ObjectOps.str(a[npos + i]);
            }
        }
        if (decoding) {
            String enc = npos > 1 ? a[1].toString() : "utf-8";
            String errors = npos > 2 ? a[2].toString() : "strict";
            for (int i = 0; kw != null && i < kw.length; i++) {
                if (kw[i].equals("encoding")) {
                    enc = a[npos + i].toString();
                } else if (kw[i].equals("errors")) {
                    errors = a[npos + i].toString();
                }
            }
            byte[] b = PyBytes.bytesOf(a[0]);
            if (b == null) {
                throw PythonException.typeError("decoding to str: need a bytes-like object, " + a[0].type().name() + " found");
            }
            return PyStr.of(Codecs.decode(b, enc, errors));
        }
        return ObjectOps.str(a[0]);
    }

    /** The part of {@code self} that optional start and end arguments (1 and 2) select, as Java text. */
    private static String window(PyStr self, PyObject[] a) {
        if (a.length < 2) {
            return s(self);
        }
        if (a[1] != PyNoneType.NONE && sliceIndex(a[1]) > self.length()) {
            return "\uffff\uffff-out-of-range";
        }
        int[] r = range(self, a);
        return r[0] >= r[1] ? "" : self.substring(r[0], r[1]).toString();
    }

    /** The [start, end) code point range of optional slice-like arguments 1 and 2. */
    private static int[] range(PyStr self, PyObject[] a) {
        int n = self.length();
        int start = a.length > 1 && a[1] != PyNoneType.NONE ? clamp(sliceIndex(a[1]), n) : 0;
        int end = a.length > 2 && a[2] != PyNoneType.NONE ? clamp(sliceIndex(a[2]), n) : n;
        return new int[] {start, end};
    }

    /** {@code _PyEval_SliceIndex}: an index-able value, clamped to the long range. */
    private static long sliceIndex(PyObject o) {
        if (!(o instanceof PyInt) && !o.type().has(Slot.INDEX)) {
            throw PythonException.typeError("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = NumberOps.index(o);
        return i.isLong() ? i.longValue() : i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** The {@code sep} of split/rsplit: None or absent means whitespace. */
    private static String separator(PyObject[] a) {
        PyStr sep = a.length > 0 ? Clinic.strOrNone(a[0]) : null;
        return sep == null ? null : sep.toString();
    }

    /** The {@code maxsplit} of split/rsplit; -1 (no limit) when absent, and for anything beyond an int. */
    private static int maxsplit(PyObject[] a) {
        long m = a.length > 1 ? Clinic.ssize(a[1]) : -1;
        return m < 0 || m > Integer.MAX_VALUE ? -1 : (int) m;
    }

    private static int clamp(long i, int n) {
        if (i < 0) {
            i = Math.max(0, i + n);
        }
        return (int) Math.min(i, n);
    }

    /** Whether {@code sub} occurs in {@code x} at {@code i}, reading {@code x} in place. */
    private static boolean matchAt(PyStr x, int[] sub, int i) {
        for (int k = 0; k < sub.length; k++) {
            if (x.codePointAt(i + k) != sub[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchAt(int[] x, int[] sub, int i) {
        for (int k = 0; k < sub.length; k++) {
            if (x[i + k] != sub[k]) {
                return false;
            }
        }
        return true;
    }

    /** {@code find}/{@code rfind} with optional start and end, in code points. */
    private static int find(PyStr self, PyObject[] a, boolean last) {
        int[] r = range(self, a);
        if (a.length > 1 && a[1] != PyNoneType.NONE && sliceIndex(a[1]) > self.length()) {
            return -1;
        }
        // The string is read in place: a find from an offset costs what it searches, not the whole.
        PyStr x = self;
        int[] sub = str(self, a[0], last ? "rfind" : "find").codePoints();
        if (r[1] - r[0] < sub.length) {
            return -1;
        }
        if (last) {
            for (int i = r[1] - sub.length; i >= r[0]; i--) {
                if (matchAt(x, sub, i)) {
                    return i;
                }
            }
        } else {
            for (int i = r[0]; i + sub.length <= r[1]; i++) {
                if (matchAt(x, sub, i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static PyObject rsplit(String x, String sep, int maxsplit) {
        if (maxsplit < 0) {
            return split(x, sep, -1);
        }
        List<String> parts = new ArrayList<>();
        if (sep == null) {
            int i = x.length();
            while (true) {
                while (i > 0 && CharTypes.isSpace(x.charAt(i - 1))) {
                    i--;
                }
                if (i <= 0) {
                    break;
                }
                if (parts.size() == maxsplit) {
                    parts.add(0, x.substring(0, i).strip());
                    break;
                }
                int j = i;
                while (j > 0 && !CharTypes.isSpace(x.charAt(j - 1))) {
                    j--;
                }
                parts.add(0, x.substring(j, i));
                i = j;
            }
        } else {
            int end = x.length();
            while (parts.size() < maxsplit) {
                int i = x.lastIndexOf(sep, end - sep.length());
                if (i < 0) {
                    break;
                }
                parts.add(0, x.substring(i + sep.length(), end));
                end = i;
            }
            parts.add(0, x.substring(0, end));
        }
        PyList out = new PyList();
        for (String p : parts) {
            PyStr ps = PyStr.of(p);
            out.append(ps);
            ps.decref();
        }
        return out;
    }

    private static String insertEverywhere(String x, String to) {
        StringBuilder sb = new StringBuilder(to);
        x.codePoints().forEach(c -> sb.appendCodePoint(c).append(to));
        return sb.toString();
    }

    /** Whether {@code x} is non-empty and every code point satisfies {@code p} (the {@code str.isX} rule). */
    private static boolean all(PyStr x, java.util.function.IntPredicate p) {
        int[] cps = x.codePoints();
        if (cps.length == 0) {
            return false;
        }
        for (int c : cps) {
            if (!p.test(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean affix(String x, PyObject arg, boolean prefix) {
        if (arg instanceof PyTuple) {
            PyTuple tuple = (PyTuple) arg;
            for (int i = 0; i < tuple.size(); i++) {
                if (affix(x, tuple.getItem(i), prefix)) {
                    return true;
                }
            }
            return false;
        }
        if (!(arg instanceof PyStr)) {
            throw PythonException.typeError((prefix ? "startswith" : "endswith")
                    + " first arg must be str or a tuple of str, not " + arg.type().name());
        }
        return prefix ? x.startsWith(s(arg)) : x.endsWith(s(arg));
    }

    private static String justify(String x, PyObject[] a, char align) {
        long w = Clinic.ssize(a[0]);
        if (a.length > 1 && !(a[1] instanceof PyStr)) {
            throw PythonException.typeError("The fill character must be a unicode character, not " + a[1].type().name());
        }
        String fill = a.length > 1 ? s(a[1]) : " ";
        if (fill.codePointCount(0, fill.length()) != 1) {
            throw PythonException.typeError("The fill character must be exactly one character long");
        }
        int n = x.codePointCount(0, x.length());
        if (w <= n) {
            return x;
        }
        int pad = Allocation.length(w) - n;
        if (align == '<') {
            return x + fill.repeat(pad);
        }
        if (align == '>') {
            return fill.repeat(pad) + x;
        }
        int left = pad / 2 + (pad & (int) w & 1);
        return fill.repeat(left) + x + fill.repeat(pad - left);
    }

    private static String strip(String x, PyObject[] a, boolean left, boolean right) {
        if (a.length > 0 && a[0] != PyNoneType.NONE && !(a[0] instanceof PyStr)) {
            throw PythonException.typeError((left && right ? "strip" : left ? "lstrip" : "rstrip") + " arg must be None or str");
        }
        String chars = a.length > 0 && a[0] != PyNoneType.NONE ? s(a[0]) : null;
        int b = 0;
        int e = x.length();
        while (left && b < e && (chars == null ? CharTypes.isSpace(x.charAt(b)) : chars.indexOf(x.charAt(b)) >= 0)) {
            b++;
        }
        while (right && e > b && (chars == null ? CharTypes.isSpace(x.charAt(e - 1)) : chars.indexOf(x.charAt(e - 1)) >= 0)) {
            e--;
        }
        return x.substring(b, e);
    }

    private static PyObject split(String x, String sep, int maxsplit) {
        PyList out = new PyList();
        List<String> parts = new ArrayList<>();
        if (sep == null) {
            int i = 0;
            int n = x.length();
            while (true) {
                while (i < n && CharTypes.isSpace(x.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (maxsplit >= 0 && parts.size() == maxsplit) {
                    parts.add(x.substring(i).strip());
                    break;
                }
                int j = i;
                while (j < n && !CharTypes.isSpace(x.charAt(j))) {
                    j++;
                }
                parts.add(x.substring(i, j));
                i = j;
            }
        } else {
            if (sep.isEmpty()) {
                throw PythonException.valueError("empty separator");
            }
            int pos = 0;
            while (maxsplit < 0 || parts.size() < maxsplit) {
                int i = x.indexOf(sep, pos);
                if (i < 0) {
                    break;
                }
                parts.add(x.substring(pos, i));
                pos = i + sep.length();
            }
            parts.add(x.substring(pos));
        }
        for (String p : parts) {
            PyStr ps = PyStr.of(p);
            out.append(ps);
            ps.decref();
        }
        return out;
    }

    private static PyObject subscript(PyObject self, PyObject key) {
        PyStr str = (PyStr) self;
        if (key instanceof PySlice) {
            int[] sl = ((PySlice) key).indices(str.length());
            int[] out = new int[sl[3]];
            for (int i = 0, j = sl[0]; i < sl[3]; i++, j += sl[2]) {
                out[i] = str.codePointAt(j);
            }
            return PyStr.ofCodePoints(out);
        }
        if (!(key instanceof PyInt) && !key.type().has(Slot.INDEX)) {
            throw PythonException.typeError("string indices must be integers, not '" + key.type().name() + "'");
        }
        long i = Clinic.itemIndex(key);
        if (i < 0) {
            i += str.length();
        }
        if (i < 0 || i >= str.length()) {
            throw PythonException.indexError("string index out of range");
        }
        return str.substring((int) i, (int) i + 1);
    }

    private static PyObject repeat(PyObject a, PyObject n) {
        long k = Allocation.repeatCount(n);
        if (k < 0) {
            throw PythonException.typeError("can't multiply sequence by non-int of type '" + n.type().name() + "'");
        }
        String x = s(a);
        Allocation.repeated(x.length(), k);
        return PyStr.of(k == 0 ? "" : x.repeat((int) k));
    }

    /**
     * The result of formatting {@code self}: when its text has no {@code marker} (no field to
     * replace) CPython hands back {@code self} itself, a str subclass instance included.
     */
    private static PyObject unchangedOr(PyObject self, String formatted, char marker) {
        String text = self.toString();
        if (text.indexOf(marker) < 0 && (marker != '{' || text.indexOf('}') < 0)) {
            return PyObject.newRef(self);
        }
        return PyStr.of(formatted);
    }
}
