package org.krait.runtime.objects;

import java.math.BigInteger;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.ops.ObjectOps;

/** {@code int(x=0)} and {@code int(s, base=10)}. CPython: {@code long_new_impl} in longobject.c. */
final class IntConstructor {

    private IntConstructor() {
    }

    static PyObject construct(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        PyObject x = npos > 0 ? args[0] : null;
        PyObject base = npos > 1 ? args[1] : null;
        for (int i = 0; i < nkw; i++) {
            if (kwnames[i].equals("base")) {
                base = args[npos + i];
            } else {
                throw PythonException.typeError("'" + kwnames[i] + "' is an invalid keyword argument for int()");
            }
        }
        if (npos > 2) {
            throw PythonException.typeError("int() takes at most 2 arguments (" + npos + " given)");
        }
        if (x == null) {
            return PyInt.of(0);
        }
        if (base != null) {
            if (x instanceof PyBytes || x instanceof PyBytearray) {
                byte[] b = x instanceof PyBytes ? ((PyBytes) x).toByteArray() : ((PyBytearray) x).toByteArray();
                return parse(PyStr.of(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1)), NumberOps.index(base).intValue(), x);
            }
            if (!(x instanceof PyStr)) {
                throw PythonException.typeError("int() can't convert non-string with explicit base");
            }
            return parse((PyStr) x, NumberOps.index(base).intValue());
        }
        if (x instanceof PyStr) {
            return parse((PyStr) x, 10);
        }
        if (x instanceof PyBytes || x instanceof PyBytearray) {
            byte[] b = x instanceof PyBytes ? ((PyBytes) x).toByteArray() : ((PyBytearray) x).toByteArray();
            return parse(PyStr.of(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1)), 10, x);
        }
        return NumberOps.toInt(x);
    }

    /** Parses {@code s} in {@code base} (0 means: by prefix), with CPython's ValueError text. */
    static PyInt parse(PyStr s, int base) {
        return parse(s, base, s);
    }

    /** As {@link #parse(PyStr, int)}, naming {@code original} (a str or bytes) in the error. */
    static PyInt parse(PyStr s, int base, PyObject original) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PythonException.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String text = s.toString().strip().replace("_", "");
        String orig = text;
        boolean neg = false;
        if (text.startsWith("+") || text.startsWith("-")) {
            neg = text.startsWith("-");
            text = text.substring(1);
        }
        int b = base;
        String lower = text.toLowerCase();
        if ((b == 0 || b == 16) && lower.startsWith("0x")) {
            b = 16;
            text = text.substring(2);
        } else if ((b == 0 || b == 8) && lower.startsWith("0o")) {
            b = 8;
            text = text.substring(2);
        } else if ((b == 0 || b == 2) && lower.startsWith("0b")) {
            b = 2;
            text = text.substring(2);
        } else if (b == 0) {
            b = 10;
        }
        try {
            String raw = s.toString().strip();
            String digits = raw.startsWith("+") || raw.startsWith("-") ? raw.substring(1) : raw;
            if (text.isEmpty() || raw.contains("__") || raw.endsWith("_") || digits.startsWith("_")
                    || text.startsWith("+") || text.startsWith("-")) {
                throw new NumberFormatException();
            }
            if (base == 0 && b == 10 && text.length() > 1 && text.startsWith("0") && !text.chars().allMatch(c -> c == '0')) {
                throw new NumberFormatException();
            }
            BigInteger v = new BigInteger(text, b);
            return PyInt.of(neg ? v.negate() : v);
        } catch (NumberFormatException e) {
            throw PythonException.valueError("invalid literal for int() with base " + base + ": "
                    + ObjectOps.repr(original));
        }
    }
}
