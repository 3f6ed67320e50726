package org.krait.runtime.objects;

import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.ops.ObjectOps;
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
        t.slot(Slot.STR, (Signature.Unary) PyObject::newRef);
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
        t.slot(Slot.ADD, (Signature.Binary) (a, b) -> {
            if (!(b instanceof PyStr)) {
                throw PythonException.typeError("can only concatenate str (not \"" + b.type().name() + "\") to str");
            }
            return ((PyStr) a).concat((PyStr) b);
        });
        t.slot(Slot.MUL, (Signature.Binary) StrMethods::repeat);
        t.slot(Slot.RMUL, (Signature.Binary) StrMethods::repeat);
        t.slot(Slot.MOD, (Signature.Binary) (a, b) -> PyStr.of(PercentFormat.format(s(a), b)));
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
        t.slot(Slot.NEW, (Signature.Call) (cls, args, kw) -> args.length == 0 ? PyStr.EMPTY : ObjectOps.str(args[0]));
        t.method("join", (self, a, kw) -> {
            StringBuilder sb = new StringBuilder();
            PyObject[] items = IterOps.toArray(a[0]);
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyStr)) {
                    throw PythonException.typeError("sequence item " + i + ": expected str instance, "
                            + items[i].type().name() + " found");
                }
                if (i > 0) {
                    sb.append(s(self));
                }
                sb.append(s(items[i]));
            }
            return PyStr.of(sb.toString());
        });
        t.method("split", (self, a, kw) -> split(s(self), a.length > 0 && a[0] != PyNoneType.NONE ? s(a[0]) : null,
                a.length > 1 ? (int) ((PyInt) a[1]).asLong() : -1));
        t.method("strip", (self, a, kw) -> PyStr.of(strip(s(self), a, true, true)));
        t.method("lstrip", (self, a, kw) -> PyStr.of(strip(s(self), a, true, false)));
        t.method("rstrip", (self, a, kw) -> PyStr.of(strip(s(self), a, false, true)));
        t.method("upper", (self, a, kw) -> PyStr.of(s(self).toUpperCase()));
        t.method("lower", (self, a, kw) -> PyStr.of(s(self).toLowerCase()));
        t.method("title", (self, a, kw) -> PyStr.of(title(s(self))));
        t.method("capitalize", (self, a, kw) -> {
            String x = s(self);
            return PyStr.of(x.isEmpty() ? x : x.substring(0, 1).toUpperCase() + x.substring(1).toLowerCase());
        });
        t.method("swapcase", (self, a, kw) -> {
            StringBuilder sb = new StringBuilder();
            s(self).codePoints().forEach(c -> sb.appendCodePoint(Character.isUpperCase(c) ? Character.toLowerCase(c)
                    : Character.toUpperCase(c)));
            return PyStr.of(sb.toString());
        });
        t.method("startswith", (self, a, kw) -> PyBool.of(affix(s(self), a[0], true)));
        t.method("endswith", (self, a, kw) -> PyBool.of(affix(s(self), a[0], false)));
        t.method("replace", (self, a, kw) -> {
            String x = s(self);
            String from = s(str(self, a[0], "replace"));
            String to = s(a[1]);
            long count = a.length > 2 ? ((PyInt) a[2]).asLong() : -1;
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
        t.method("find", (self, a, kw) -> PyInt.of(cpIndex(s(self), s(self).indexOf(s(a[0])))));
        t.method("rfind", (self, a, kw) -> PyInt.of(cpIndex(s(self), s(self).lastIndexOf(s(a[0])))));
        t.method("index", (self, a, kw) -> {
            int i = s(self).indexOf(s(a[0]));
            if (i < 0) {
                throw PythonException.valueError("substring not found");
            }
            return PyInt.of(cpIndex(s(self), i));
        });
        t.method("count", (self, a, kw) -> {
            String x = s(self);
            String sub = s(a[0]);
            if (sub.isEmpty()) {
                return PyInt.of(((PyStr) self).length() + 1);
            }
            int c = 0;
            for (int i = x.indexOf(sub); i >= 0; i = x.indexOf(sub, i + sub.length())) {
                c++;
            }
            return PyInt.of(c);
        });
        t.method("isdigit", (self, a, kw) -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(Character::isDigit)));
        t.method("isnumeric", (self, a, kw) -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(Character::isDigit)));
        t.method("isdecimal", (self, a, kw) -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(Character::isDigit)));
        t.method("isalpha", (self, a, kw) -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(Character::isLetter)));
        t.method("isalnum", (self, a, kw) -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(Character::isLetterOrDigit)));
        t.method("isspace", (self, a, kw) -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(Character::isWhitespace)));
        t.method("isupper", (self, a, kw) -> PyBool.of(s(self).codePoints().anyMatch(Character::isUpperCase)
                && s(self).codePoints().noneMatch(Character::isLowerCase)));
        t.method("islower", (self, a, kw) -> PyBool.of(s(self).codePoints().anyMatch(Character::isLowerCase)
                && s(self).codePoints().noneMatch(Character::isUpperCase)));
        t.method("center", (self, a, kw) -> PyStr.of(justify(s(self), a, '^')));
        t.method("ljust", (self, a, kw) -> PyStr.of(justify(s(self), a, '<')));
        t.method("rjust", (self, a, kw) -> PyStr.of(justify(s(self), a, '>')));
        t.method("zfill", (self, a, kw) -> {
            String x = s(self);
            int w = (int) ((PyInt) a[0]).asLong();
            if (x.length() >= w) {
                return PyStr.of(x);
            }
            String sign = x.startsWith("-") || x.startsWith("+") ? x.substring(0, 1) : "";
            return PyStr.of(sign + "0".repeat(w - x.length()) + x.substring(sign.length()));
        });
        t.method("splitlines", (self, a, kw) -> {
            PyList out = new PyList();
            String x = s(self);
            if (!x.isEmpty()) {
                for (String line : x.split("\r\n|\n|\r", -1)) {
                    out.append(PyStr.of(line));
                }
                if (x.endsWith("\n") || x.endsWith("\r")) {
                    out.removeAt(out.size() - 1).decref();
                }
            }
            return out;
        });
        t.method("format", (self, a, kw) -> PyStr.of(StrFormat.format(s(self), a, kw)));
        t.method("__format__", (self, a, kw) -> PyStr.of(FormatSpec.format(self, s(a[0]))));
    }

    private static int cpIndex(String s, int charIndex) {
        return charIndex < 0 ? -1 : s.codePointCount(0, charIndex);
    }

    private static String insertEverywhere(String x, String to) {
        StringBuilder sb = new StringBuilder(to);
        x.codePoints().forEach(c -> sb.appendCodePoint(c).append(to));
        return sb.toString();
    }

    private static String title(String x) {
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        for (int i = 0; i < x.length(); i++) {
            char c = x.charAt(i);
            sb.append(prevCased ? Character.toLowerCase(c) : Character.toUpperCase(c));
            prevCased = Character.isLetter(c);
        }
        return sb.toString();
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
        int w = (int) ((PyInt) a[0]).asLong();
        String fill = a.length > 1 ? s(a[1]) : " ";
        int n = x.codePointCount(0, x.length());
        if (w <= n) {
            return x;
        }
        int pad = w - n;
        if (align == '<') {
            return x + fill.repeat(pad);
        }
        if (align == '>') {
            return fill.repeat(pad) + x;
        }
        int left = pad / 2 + (pad & w & 1);
        return fill.repeat(left) + x + fill.repeat(pad - left);
    }

    private static String strip(String x, PyObject[] a, boolean left, boolean right) {
        String chars = a.length > 0 && a[0] != PyNoneType.NONE ? s(a[0]) : null;
        int b = 0;
        int e = x.length();
        while (left && b < e && (chars == null ? Character.isWhitespace(x.charAt(b)) : chars.indexOf(x.charAt(b)) >= 0)) {
            b++;
        }
        while (right && e > b && (chars == null ? Character.isWhitespace(x.charAt(e - 1)) : chars.indexOf(x.charAt(e - 1)) >= 0)) {
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
                while (i < n && Character.isWhitespace(x.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (maxsplit >= 0 && parts.size() == maxsplit) {
                    parts.add(x.substring(i).stripTrailing());
                    break;
                }
                int j = i;
                while (j < n && !Character.isWhitespace(x.charAt(j))) {
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
        long i = NumberOps.index(key).asLong();
        if (i < 0) {
            i += str.length();
        }
        if (i < 0 || i >= str.length()) {
            throw PythonException.indexError("string index out of range");
        }
        return str.substring((int) i, (int) i + 1);
    }

    private static PyObject repeat(PyObject a, PyObject n) {
        if (!(n instanceof PyInt)) {
            throw PythonException.typeError("can't multiply sequence by non-int of type '" + n.type().name() + "'");
        }
        long k = ((PyInt) n).asLong();
        return PyStr.of(k <= 0 ? "" : s(a).repeat((int) k));
    }
}
