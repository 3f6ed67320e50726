package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.NumberOps;

/**
 * Argument Clinic's converters for builtin methods: turn an argument into the Java value the
 * method needs, or raise the TypeError or OverflowError CPython's generated code raises.
 * CPython: the {@code clinic/*.c.h} files and Python/getargs.c.
 */
final class Clinic {

    private Clinic() {
    }

    /** {@code Py_ssize_t} ({@code n}): an index-able int that fits in 64 bits. */
    static long ssize(PyObject o) {
        return NumberOps.index(o).asLong();
    }

    /**
     * A subscript as a position ({@code PyNumber_AsSsize_t(key, PyExc_IndexError)}): an int too
     * large for 64 bits is an IndexError, which the caller's range check would also give.
     */
    static long itemIndex(PyObject key) {
        PyInt i = NumberOps.index(key);
        if (!i.isLong()) {
            throw PythonException.indexError("cannot fit '" + key.type().name() + "' into an index-sized integer");
        }
        return i.longValue();
    }

    /** {@code str}: {@code encode() argument 'encoding' must be str, not int}. */
    static String str(String fn, String param, PyObject o) {
        if (!(o instanceof PyStr)) {
            throw PythonException.typeError(fn + "() argument '" + param + "' must be str, not " + o.type().name());
        }
        return o.toString();
    }

    /** A separator that may be None (absent, or null when not given): {@code must be str or None, not int}. */
    static PyStr strOrNone(PyObject o) {
        if (o == null || o == PyNoneType.NONE) {
            return null;
        }
        if (!(o instanceof PyStr)) {
            throw PythonException.typeError("must be str or None, not " + o.type().name());
        }
        return (PyStr) o;
    }
}
