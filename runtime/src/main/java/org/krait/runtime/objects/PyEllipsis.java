package org.krait.runtime.objects;

import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code ellipsis}, whose only instance is {@code Ellipsis}; immortal. CPython: Objects/object.c. */
public final class PyEllipsis extends PyObject {

    public static final PyType TYPE = PyType.builtin("ellipsis", PyType.OBJECT).finalType()
            .slot(Slot.REPR, (Signature.Unary) self -> PyStr.of("Ellipsis"))
            .slot(Slot.NEW, (Signature.Call) (cls, a, kw) -> {
                if (a.length > 0) {
                    throw org.krait.runtime.objects.exceptions.PythonException.typeError("EllipsisType takes no arguments");
                }
                return PyEllipsis.ELLIPSIS;
            })
            .slot(Slot.BOOL, (Signature.Predicate) self -> true);

    /** The only instance. */
    public static final PyEllipsis ELLIPSIS = new PyEllipsis().immortal();

    private PyEllipsis() {
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
