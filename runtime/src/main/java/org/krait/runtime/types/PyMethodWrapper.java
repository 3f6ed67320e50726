package org.krait.runtime.types;

import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.ops.ObjectOps;

/**
 * {@code method-wrapper}: a builtin type's slot bound to an instance ({@code object().__str__},
 * {@code (1).__add__}). CPython: {@code _PyMethodWrapper_Type} in descrobject.c.
 */
public final class PyMethodWrapper extends PyObject {

    public static final PyType TYPE = PyType.builtin("method-wrapper", PyType.OBJECT).finalType();

    static {
        TYPE.slot(Slot.CALL, (Signature.Call) (w, args, kw) -> ((PyMethodWrapper) w).descr.invoke(((PyMethodWrapper) w).self, args, kw));
        TYPE.slot(Slot.REPR, (Signature.Unary) w -> ((PyMethodWrapper) w).repr());
        TYPE.slot(Slot.GETATTRIBUTE, (Signature.Binary) (w, n) -> ((PyMethodWrapper) w).attribute((PyStr) n));
    }

    private final PyWrapperDescr descr;
    private final PyObject self;

    /** {@code descr} bound to {@code self} (kept). */
    PyMethodWrapper(PyWrapperDescr descr, PyObject self) {
        this.descr = descr;
        this.self = newRef(self);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject repr() {
        return PyStr.of("<method-wrapper '" + descr.name() + "' of " + self.type().name() + " object at 0x"
                + Integer.toHexString(System.identityHashCode(self)) + ">");
    }

    private PyObject attribute(PyStr n) {
        switch (n.toString()) {
            case "__name__":
                return PyStr.of(descr.name());
            case "__qualname__":
                return PyStr.of(descr.owner().qualname() + "." + descr.name());
            case "__self__":
                return newRef(self);
            case "__objclass__":
                return newRef(descr.owner());
            default:
                return ObjectOps.genericGetAttr(this, n, null);
        }
    }

    @Override
    public void releaseReferences() {
        self.decref();
    }
}
