package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.ops.ObjectOps;

/** {@code float(x=0.0)}. CPython: {@code float_new_impl} in floatobject.c. */
final class FloatConstructor {

    private FloatConstructor() {
    }

    static PyObject construct(PyObject[] args) {
        if (args.length == 0) {
            return new PyFloat(0.0);
        }
        PyObject x = args[0];
        if (x instanceof PyStr) {
            return parse((PyStr) x);
        }
        if (x instanceof PyBytes || x instanceof PyBytearray) {
            byte[] b = x instanceof PyBytes ? ((PyBytes) x).toByteArray() : ((PyBytearray) x).toByteArray();
            return parse(PyStr.of(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1)));
        }
        return NumberOps.toFloat(x);
    }

    static PyFloat parse(PyStr s) {
        String t = s.toString().strip().toLowerCase().replace("_", "");
        String body = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        double sign = t.startsWith("-") ? -1 : 1;
        if (body.equals("inf") || body.equals("infinity")) {
            return new PyFloat(sign * Double.POSITIVE_INFINITY);
        }
        if (body.equals("nan")) {
            return new PyFloat(Double.NaN);
        }
        if (!body.isEmpty() && body.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == 'e' || c == '+' || c == '-')) {
            try {
                return new PyFloat(Double.parseDouble(t));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw PythonException.valueError("could not convert string to float: " + ObjectOps.repr(s));
    }
}
