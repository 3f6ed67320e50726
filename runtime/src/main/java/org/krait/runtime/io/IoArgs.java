package org.krait.runtime.io;

import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.Slot;

/** Argument binding and conversions shared by the io types and the {@code posix} module, with CPython's messages. */
public final class IoArgs {

    private IoArgs() {
    }

    /**
     * Binds vectorcall arguments to the parameters {@code names}, of which the first {@code min}
     * are required; an absent one is null. Raises TypeError as CPython's argument clinic does.
     */
    public static PyObject[] bind(String fn, PyObject[] a, String[] kw, int min, String... names) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        if (npos > names.length) {
            throw PythonException.typeError(fn + "() takes at most " + names.length + " argument" + (names.length == 1 ? "" : "s")
                    + " (" + a.length + " given)");
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(a, 0, out, 0, npos);
        for (int i = 0; i < nkw; i++) {
            int at = indexOf(names, kw[i]);
            if (at < 0) {
                throw PythonException.typeError("'" + kw[i] + "' is an invalid keyword argument for " + fn + "()");
            }
            if (out[at] != null) {
                throw PythonException.typeError("argument for " + fn + "() given by name ('" + kw[i] + "') and position ("
                        + (at + 1) + ")");
            }
            out[at] = a[npos + i];
        }
        for (int i = 0; i < min; i++) {
            if (out[i] == null) {
                throw PythonException.typeError(fn + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }

    private static int indexOf(String[] names, String k) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(k)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Positional-only arguments, between {@code min} and {@code max} of them, checked as CPython's
     * shapes for such functions ({@code METH_NOARGS}, {@code METH_O}, Argument Clinic's positional check).
     */
    public static PyObject[] positional(String fn, PyObject[] a, String[] kw, int min, int max) {
        ArgSpec spec = max == 0 ? ArgSpec.NOARGS : min == 1 && max == 1 ? ArgSpec.ONE : ArgSpec.positional(min, max);
        return spec.bind(fn, null, a, kw);
    }

    /** A size argument: None (or absent) is -1, else an integer. */
    public static long size(PyObject o) {
        if (o == null || o == PyNoneType.NONE) {
            return -1;
        }
        if (!(o instanceof PyInt) && !o.type().has(Slot.INDEX)) {
            throw PythonException.typeError("argument should be integer or None, not '" + o.type().name() + "'");
        }
        return clamp(NumberOps.index(o));
    }

    /** An integer argument ({@code __index__}). */
    public static long integer(PyObject o) {
        if (!(o instanceof PyInt) && !o.type().has(Slot.INDEX)) {
            throw PythonException.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        return clamp(NumberOps.index(o));
    }

    private static long clamp(PyInt i) {
        if (!i.isLong()) {
            throw PythonException.overflow("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    /** A str argument or None (null). */
    public static String strOrNone(PyObject o, String fn, String param) {
        if (o == null || o == PyNoneType.NONE) {
            return null;
        }
        if (!(o instanceof PyStr)) {
            throw PythonException.typeError(fn + "() argument '" + param + "' must be str or None, not " + o.type().name());
        }
        return o.toString();
    }

    /** {@code bool(self.name())}. */
    public static boolean callBool(PyObject self, String name) {
        PyObject r = CallOps.callMethod(self, name);
        try {
            return ObjectOps.isTrue(r);
        } finally {
            r.decref();
        }
    }

    /** {@code ValueError: I/O operation on closed file.} (the IOBase and TextIOWrapper wording). */
    static PythonException closedFile() {
        return PythonException.valueError("I/O operation on closed file.");
    }

    /** {@code io.UnsupportedOperation(message)}. */
    static PythonException unsupported(String message) {
        return PythonException.of(PyIOBase.UNSUPPORTED_OPERATION, message);
    }

    /** {@code ValueError} for an object whose {@code __init__} did not run or whose stream was detached. */
    static PythonException uninitialized() {
        return PythonException.valueError("I/O operation on uninitialized object");
    }
}
