package org.krait.runtime.objects;

import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code callable_iterator}: {@code iter(callable, sentinel)}. CPython: Objects/iterobject.c. */
public final class PyCallableIterator extends PyObject {

    public static final PyType TYPE = PyType.builtin("callable_iterator", PyType.OBJECT)
            .slot(Slot.ITER, (Signature.Unary) PyObject::newRef)
            .slot(Slot.NEXT, (Signature.Unary) it -> ((PyCallableIterator) it).next());

    private PyObject callable;
    private final PyObject sentinel;

    public PyCallableIterator(PyObject callable, PyObject sentinel) {
        this.callable = newRef(callable);
        this.sentinel = newRef(sentinel);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject next() {
        if (callable == null) {
            return null;
        }
        PyObject v = CallOps.call(callable);
        if (ObjectOps.equal(v, sentinel)) {
            v.decref();
            callable.decref();
            callable = null;
            return null;
        }
        return v;
    }

    @Override
    public void releaseReferences() {
        xdecref(callable);
        sentinel.decref();
    }
}
