package org.krait.runtime.objects;

import org.krait.runtime.numbers.FloatText;
import org.krait.runtime.numbers.NumericError;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.NumberOps;

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
        try {
            return new PyFloat(FloatText.parse(s.toString()));
        } catch (NumericError e) {
            throw PythonException.of(e);
        }
    }
}
