package org.krait.runtime.objects.exceptions;

import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;

/**
 * {@code OSError} and its subclasses: an exception with {@code errno}, {@code strerror},
 * {@code filename} and {@code filename2}. Built from 2 to 5 arguments
 * {@code (errno, strerror[, filename[, winerror[, filename2]]])}, it keeps only the first two in
 * {@code args} when a filename is given, as CPython's oserror_init does.
 */
public final class PyOSError extends PyBaseException {

    private PyObject errno;
    private PyObject strerror;
    private PyObject filename;
    private PyObject filename2;

    public PyOSError(PyType type) {
        super(type);
    }

    /** An OSError of the subclass CPython picks for {@code code}: {@code [Errno code] message: 'filename'}. */
    public static PyOSError of(int code, String message, PyObject filename) {
        PyObject n = org.krait.runtime.objects.PyInt.of(code);
        PyStr m = PyStr.of(message);
        PyOSError e = (PyOSError) ExceptionTypes.osErrorFor(code).newInstance();
        e.setArgs(filename == null ? PyTuple.of(n, m) : PyTuple.of(n, m, filename));
        n.decref();
        m.decref();
        return e;
    }

    @Override
    public void setArgs(PyTuple args) {
        int n = args.size();
        PyObject[] fields = new PyObject[4];
        if (n >= 2 && n <= 5) {
            fields[0] = args.getItem(0);
            fields[1] = args.getItem(1);
            fields[2] = n > 2 ? args.getItem(2) : null;
            fields[3] = n > 4 ? args.getItem(4) : null;
        }
        setField(0, fields[0]);
        setField(1, fields[1]);
        setField(2, fields[2]);
        setField(3, fields[3]);
        if (n > 2 && n <= 5 && fields[2] != PyNoneType.NONE) {
            PyTuple two = PyTuple.of(args.getItem(0), args.getItem(1));
            args.decref();
            args = two;
        }
        super.setArgs(args);
    }

    /** The field {@code errno}, {@code strerror}, {@code filename} or {@code filename2} (borrowed), or null. */
    PyObject field(String name) {
        switch (name) {
            case "errno": return errno;
            case "strerror": return strerror;
            case "filename": return filename;
            default: return filename2;
        }
    }

    /** Sets a field by name ({@code e.errno = 5}); the args stay as they are. */
    void setField(String name, PyObject value) {
        setField(name.equals("errno") ? 0 : name.equals("strerror") ? 1 : name.equals("filename") ? 2 : 3, value);
    }

    private void setField(int i, PyObject value) {
        if (value != null) {
            value.incref();
        }
        PyObject old;
        switch (i) {
            case 0: old = errno; errno = value; break;
            case 1: old = strerror; strerror = value; break;
            case 2: old = filename; filename = value; break;
            default: old = filename2; filename2 = value; break;
        }
        PyObject.xdecref(old);
    }

    @Override
    public PyObject __str__() {
        if (filename != null && filename != PyNoneType.NONE) {
            String s = "[Errno " + ObjectOps.str(orNone(errno)) + "] " + ObjectOps.str(orNone(strerror)) + ": "
                    + ObjectOps.repr(filename);
            if (filename2 != null && filename2 != PyNoneType.NONE) {
                s += " -> " + ObjectOps.repr(filename2);
            }
            return PyStr.of(s);
        }
        if (errno != null && strerror != null) {
            return PyStr.of("[Errno " + ObjectOps.str(errno) + "] " + ObjectOps.str(strerror));
        }
        return super.__str__();
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNoneType.NONE : o;
    }

    @Override
    public void releaseReferences() {
        super.releaseReferences();
        PyObject.xdecref(errno);
        PyObject.xdecref(strerror);
        PyObject.xdecref(filename);
        PyObject.xdecref(filename2);
    }
}
