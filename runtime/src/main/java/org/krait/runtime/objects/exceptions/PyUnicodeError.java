package org.krait.runtime.objects.exceptions;

import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;

/**
 * {@code UnicodeDecodeError} and {@code UnicodeEncodeError}: built from
 * {@code (encoding, object, start, end, reason)}, which are also its attributes, and worded from
 * them: {@code 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte}. CPython:
 * Objects/exceptions.c.
 */
public final class PyUnicodeError extends PyBaseException {

    /** encoding, object, start, end, reason; null when not built from five arguments. */
    private final PyObject[] fields = new PyObject[5];
    private static final String[] NAMES = {"encoding", "object", "start", "end", "reason"};

    public PyUnicodeError(PyType type) {
        super(type);
    }

    /** The exception for a failure of the codec {@code encoding} on {@code object[start:end]} (borrowed). */
    public static PythonException of(PyType type, String encoding, PyObject object, int start, int end, String reason) {
        PyObject[] args = {PyStr.of(encoding), object, PyInt.of(start), PyInt.of(end), PyStr.of(reason)};
        PyBaseException e = (PyBaseException) type.newInstance();
        e.setArgs(PyTuple.of(args));
        args[0].decref();
        args[2].decref();
        args[3].decref();
        args[4].decref();
        return new PythonException(e);
    }

    @Override
    public void setArgs(PyTuple args) {
        super.setArgs(args);
        if (args.size() == 5) {
            for (int i = 0; i < 5; i++) {
                set(i, args.getItem(i));
            }
        }
    }

    private void set(int i, PyObject v) {
        v.incref();
        PyObject.xdecref(fields[i]);
        fields[i] = v;
    }

    /** The attribute {@code name} (borrowed), or null if it is not one of the five or not set. */
    PyObject field(String name) {
        for (int i = 0; i < 5; i++) {
            if (NAMES[i].equals(name)) {
                return fields[i] == null ? PyNoneType.NONE : fields[i];
            }
        }
        return null;
    }

    /** Sets one of the five attributes; false if {@code name} is not one. */
    boolean setField(String name, PyObject value) {
        for (int i = 0; i < 5; i++) {
            if (NAMES[i].equals(name)) {
                set(i, value);
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject __str__() {
        if (fields[0] == null || !(fields[2] instanceof PyInt) || !(fields[3] instanceof PyInt)) {
            return super.__str__();
        }
        long start = ((PyInt) fields[2]).asLong();
        long end = ((PyInt) fields[3]).asLong();
        String codec = ObjectOps.str(fields[0]).toString();
        String reason = ObjectOps.str(fields[4]).toString();
        boolean decode = type().isSubtypeOf(ExceptionTypes.UNICODE_DECODE_ERROR);
        if (end == start + 1) {
            if (decode && fields[1] instanceof PyBytes && start >= 0 && start < ((PyBytes) fields[1]).size()) {
                return PyStr.of("'" + codec + "' codec can't decode byte 0x" + String.format("%02x", ((PyBytes) fields[1]).byteAt((int) start))
                        + " in position " + start + ": " + reason);
            }
            if (!decode && fields[1] instanceof PyStr && start >= 0 && start < ((PyStr) fields[1]).length()) {
                int cp = ((PyStr) fields[1]).codePointAt((int) start);
                String ch = cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp)
                        : String.format("\\U%08x", cp);
                return PyStr.of("'" + codec + "' codec can't encode character '" + ch + "' in position " + start + ": " + reason);
            }
        }
        return PyStr.of("'" + codec + "' codec can't " + (decode ? "decode bytes" : "encode characters") + " in position "
                + start + "-" + (end - 1) + ": " + reason);
    }

    @Override
    public void releaseReferences() {
        super.releaseReferences();
        for (PyObject f : fields) {
            PyObject.xdecref(f);
        }
    }
}
