package org.krait.runtime.ops;

import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * Calling ({@code PyObject_Vectorcall}): positional arguments then keyword values, with the
 * keyword names apart. Arguments are borrowed; the result is a new reference.
 */
public final class CallOps {

    private CallOps() {
    }

    /** {@code callable(*args, **dict(zip(kwnames, tail)))}; {@code kwnames} may be null. */
    public static PyObject call(PyObject callable, PyObject[] args, String[] kwnames) {
        Signature.Call f = callable.type().call(Slot.CALL);
        if (f == null) {
            throw PythonException.typeError("'" + callable.type().name() + "' object is not callable");
        }
        return f.call(callable, args, kwnames == null || kwnames.length == 0 ? null : kwnames);
    }

    /** {@code callable(*args)}. */
    public static PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, (String[]) null);
    }

    /** The number of positional arguments in a vectorcall. */
    public static int positional(PyObject[] args, String[] kwnames) {
        return args.length - (kwnames == null ? 0 : kwnames.length);
    }

    /** {@code o.name(*args)} ({@code PyObject_CallMethod}): through attribute lookup, so overrides apply. */
    public static PyObject callMethod(PyObject o, String name, PyObject... args) {
        PyObject m = ObjectOps.getAttr(o, name);
        try {
            return call(m, args);
        } finally {
            m.decref();
        }
    }
}
