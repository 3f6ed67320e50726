package org.krait.runtime.objects;

import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code classmethod(f)}: binds to the class. CPython: Objects/funcobject.c. */
public final class PyClassmethod extends PyObject {

    public static final PyType TYPE = PyType.builtin("classmethod", PyType.OBJECT)
            .slot(Slot.NEW, ArgSpec.positional(1, 1).checked("classmethod", (cls, a, kw) -> new PyClassmethod(a[0])))
            .slot(Slot.GET, (Signature.Ternary) (c, obj, type) -> new PyMethod(((PyClassmethod) c).function,
                    type == null || type == PyNoneType.NONE ? obj.type() : type))
            .slot(Slot.REPR, (Signature.Unary) c -> PyStr.of("<classmethod("
                    + org.krait.runtime.ops.ObjectOps.repr(((PyClassmethod) c).function) + ")>"));

    private final PyObject function;

    private PyClassmethod(PyObject function) {
        this.function = newRef(function);
    }

    /** {@code classmethod(function)}. */
    public static PyClassmethod of(PyObject function) {
        return new PyClassmethod(function);
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
