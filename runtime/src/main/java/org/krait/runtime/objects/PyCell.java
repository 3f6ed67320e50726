package org.krait.runtime.objects;

import org.krait.runtime.types.PyType;

/** {@code cell}: a variable shared between a function and its closures. CPython: Objects/cellobject.c. */
public final class PyCell extends org.krait.runtime.memory.GcObject {

    public static final PyType TYPE = PyType.builtin("cell", PyType.OBJECT).finalType()
            .slot(org.krait.runtime.types.Slot.NEW, org.krait.runtime.types.ArgSpec.positional(0, 1).checked("cell",
                    (cls, a, kw) -> new PyCell(a.length > 0 ? a[0] : null)))
            .slot(org.krait.runtime.types.Slot.GETATTRIBUTE, (org.krait.runtime.types.Signature.Binary) (c, n) -> {
                if (n.toString().equals("cell_contents")) {
                    PyObject v = ((PyCell) c).contents;
                    if (v == null) {
                        throw org.krait.runtime.objects.exceptions.PythonException.of(
                                org.krait.runtime.objects.exceptions.ExceptionTypes.VALUE_ERROR, "Cell is empty");
                    }
                    return newRef(v);
                }
                return org.krait.runtime.ops.ObjectOps.genericGetAttr(c, (PyStr) n, null);
            })
            .slot(org.krait.runtime.types.Slot.SETATTR, (org.krait.runtime.types.Signature.Setter) (c, n, v) -> {
                if (!n.toString().equals("cell_contents")) {
                    throw org.krait.runtime.ops.ObjectOps.noAttribute(c, (PyStr) n);
                }
                ((PyCell) c).set(v);
            });

    /** The value, owned; null when the variable is unbound. */
    private PyObject contents;

    /** A cell holding {@code value} (borrowed; may be null). */
    public PyCell(PyObject value) {
        if (value != null) {
            value.incref();
        }
        contents = value;
        track();
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
    public void traverse(Visitor v) {
        if (contents != null) {
            v.visit(contents);
        }
    }

    @Override
    public void releaseReferences() {
        xdecref(contents);
        contents = null;
    }
}
