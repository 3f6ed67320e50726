package org.krait.runtime.objects;

import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code staticmethod(f)}. CPython: Objects/funcobject.c. */
public final class PyStaticmethod extends PyObject {

    public static final PyType TYPE = PyType.builtin("staticmethod", PyType.OBJECT)
            .slot(Slot.NEW, ArgSpec.positional(1, 1).checked("staticmethod", (cls, a, kw) -> new PyStaticmethod(a[0])))
            .slot(Slot.GET, (Signature.Ternary) (s, obj, type) -> newRef(((PyStaticmethod) s).function))
            .slot(Slot.CALL, (Signature.Call) (s, a, kw) -> org.krait.runtime.ops.CallOps.call(((PyStaticmethod) s).function, a, kw))
            .slot(Slot.REPR, (Signature.Unary) s -> PyStr.of("<staticmethod("
                    + org.krait.runtime.ops.ObjectOps.repr(((PyStaticmethod) s).function) + ")>"));

    private final PyObject function;

    private PyStaticmethod(PyObject function) {
        this.function = newRef(function);
    }

    /** {@code staticmethod(function)}. */
    public static PyStaticmethod of(PyObject function) {
        return new PyStaticmethod(function);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public void releaseReferences() {
        function.decref();
    }
}
