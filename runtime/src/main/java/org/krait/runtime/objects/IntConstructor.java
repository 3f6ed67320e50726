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
            if (!(x instanceof PyStr)) {
                throw PythonException.typeError("int() can't convert non-string with explicit base");
            }
            return parse((PyStr) x, ((PyInt) base).intValue());
        }
        if (x instanceof PyStr) {
            return parse((PyStr) x, 10);
        }
        return NumberOps.toInt(x);
    }

    /** Parses {@code s} in {@code base} (0 means: by prefix), with CPython's ValueError text. */
    static PyInt parse(PyStr s, int base) {
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
            if (text.isEmpty() || s.toString().contains("__") || orig.endsWith("_")) {
                throw new NumberFormatException();
            }
            BigInteger v = new BigInteger(text, b);
            return PyInt.of(neg ? v.negate() : v);
        } catch (NumberFormatException e) {
            throw PythonException.valueError("invalid literal for int() with base " + base + ": "
                    + ObjectOps.repr(s));
        }
    }
}
