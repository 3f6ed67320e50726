package org.krait.runtime.objects;

import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code NotImplementedType}, whose only instance is {@code NotImplemented}; immortal. CPython: Objects/object.c. */
public final class PyNotImplementedType extends PyObject {

    public static final PyType TYPE = PyType.builtin("NotImplementedType", PyType.OBJECT).finalType()
            .slot(Slot.REPR, (Signature.Unary) self -> PyStr.of("NotImplemented"))
            .slot(Slot.BOOL, (Signature.Predicate) self -> {
                org.krait.runtime.objects.exceptions.Warnings.warn(
                        org.krait.runtime.objects.exceptions.ExceptionTypes.DEPRECATION_WARNING,
                        "NotImplemented should not be used in a boolean context", 1);
                return true;
            })
            .slot(Slot.NEW, (Signature.Call) (cls, a, kw) -> {
                if (a.length > 0) {
                    throw org.krait.runtime.objects.exceptions.PythonException.typeError("NotImplementedType takes no arguments");
                }
                return PyNotImplementedType.NOT_IMPLEMENTED;
            });

    /** The only instance. */
    public static final PyNotImplementedType NOT_IMPLEMENTED = new PyNotImplementedType().immortal();

    private PyNotImplementedType() {
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
