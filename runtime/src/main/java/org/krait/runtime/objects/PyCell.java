package org.krait.runtime.objects;

import org.krait.runtime.types.PyType;

/** {@code cell}: a variable shared between a function and its closures. CPython: Objects/cellobject.c. */
public final class PyCell extends PyObject {

    public static final PyType TYPE = PyType.builtin("cell", PyType.OBJECT);

    /** The value, owned; null when the variable is unbound. */
    private PyObject contents;

    /** A cell holding {@code value} (borrowed; may be null). */
    public PyCell(PyObject value) {
        if (value != null) {
            value.incref();
        }
        contents = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The value (borrowed), or null when unbound. */
    public PyObject get() {
        return contents;
    }

    /** Replaces the value (borrowed; null unbinds). */
    public void set(PyObject value) {
        if (value != null) {
            value.incref();
        }
        PyObject old = contents;
        contents = value;
        xdecref(old);
    }

    @Override
    public void releaseReferences() {
        xdecref(contents);
        contents = null;
    }
}
