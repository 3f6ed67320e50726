package org.krait.runtime.objects;

import org.krait.runtime.numbers.IntText;
import org.krait.runtime.numbers.NumericError;
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
        try {
            return PyInt.ofNumeric(IntText.parse(s.toString(), base, PyInt.maxStrDigits()));
        } catch (NumericError e) {
            if (original != s && e.getMessage().startsWith("invalid literal")) {
                throw PythonException.valueError("invalid literal for int() with base " + base + ": "
                        + ObjectOps.repr(original));
            }
            throw PythonException.of(e);
        }
    }
}
