package org.krait.runtime.objects;

import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code NoneType}, whose only instance is {@code None}; immortal. CPython: Objects/object.c. */
public final class PyNoneType extends PyObject {

    public static final PyType TYPE = PyType.builtin("NoneType", PyType.OBJECT)
            .slot(Slot.REPR, (Signature.Unary) self -> PyStr.of("None"))
            .slot(Slot.BOOL, (Signature.Predicate) self -> false);

    /** The only instance. */
    public static final PyNoneType NONE = new PyNoneType().immortal();

    private PyNoneType() {
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
