package org.krait.runtime.types;

import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * {@code member_descriptor}: a read-only field of a builtin type's instances ({@code f.buffer}),
 * read by a Java getter. CPython: {@code PyMemberDescr_Type} in Objects/descrobject.c.
 */
public final class PyMemberDescr extends PyObject {

    public static final PyType TYPE = PyType.builtin("member_descriptor", PyType.OBJECT).finalType()
            .slot(Slot.GET, (Signature.Ternary) (d, obj, type) -> ((PyMemberDescr) d).get(obj))
            .slot(Slot.SET, (Signature.Setter) (d, obj, value) -> {
                throw PythonException.attributeError("readonly attribute");
            })
            .slot(Slot.REPR, (Signature.Unary) d -> PyStr.of("<member '" + ((PyMemberDescr) d).name + "' of '"
                    + ((PyMemberDescr) d).owner.name() + "' objects>"));

    private final PyType owner;
    private final String name;
    private final Signature.Unary getter;

    public PyMemberDescr(PyType owner, String name, Signature.Unary getter) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject get(PyObject obj) {
        if (obj == null || obj == PyNoneType.NONE) {
            return newRef(this);
        }
        if (!obj.type().isSubtypeOf(owner)) {
            throw PythonException.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + obj.type().name() + "' object");
        }
        return getter.apply(obj);
    }
}
