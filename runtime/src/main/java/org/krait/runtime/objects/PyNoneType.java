package org.krait.runtime.objects;

import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code NoneType}, whose only instance is {@code None}; immortal. CPython: Objects/object.c. */
public final class PyNoneType extends PyObject {

    public static final PyType TYPE = PyType.builtin("NoneType", PyType.OBJECT).finalType()
            .slot(Slot.REPR, (Signature.Unary) self -> PyStr.of("None"))
            .slot(Slot.NEW, (Signature.Call) (cls, a, kw) -> {
                if (a.length > 0) {
                    throw org.krait.runtime.objects.exceptions.PythonException.typeError(((PyType) cls).name() + " takes no arguments");
                }
                return PyNoneType.NONE;
            })
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
