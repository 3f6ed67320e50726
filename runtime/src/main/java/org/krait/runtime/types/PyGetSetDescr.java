package org.krait.runtime.types;

import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * {@code getset_descriptor}: a computed attribute of a builtin type's instances ({@code f.closed}),
 * read by a Java getter and, if it has one, written by a Java setter. CPython: {@code PyGetSetDescr_Type}
 * in Objects/descrobject.c.
 */
public final class PyGetSetDescr extends PyObject {

    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyType.OBJECT).finalType()
            .slot(Slot.GET, (Signature.Ternary) (d, obj, type) -> ((PyGetSetDescr) d).get(obj))
            .slot(Slot.SET, (Signature.Setter) (d, obj, value) -> ((PyGetSetDescr) d).set(obj, value))
            .slot(Slot.REPR, (Signature.Unary) d -> PyStr.of("<attribute '" + ((PyGetSetDescr) d).name + "' of '"
                    + ((PyGetSetDescr) d).owner.name() + "' objects>"));

    static {
        TYPE.define("__name__", new PyGetSetDescr(TYPE, "__name__", d -> PyStr.of(((PyGetSetDescr) d).name), null));
        TYPE.define("__qualname__", new PyGetSetDescr(TYPE, "__qualname__",
                d -> PyStr.of(((PyGetSetDescr) d).owner.qualname() + "." + ((PyGetSetDescr) d).name), null));
        TYPE.define("__objclass__", new PyGetSetDescr(TYPE, "__objclass__", d -> newRef(((PyGetSetDescr) d).owner), null));
        TYPE.define("__doc__", new PyGetSetDescr(TYPE, "__doc__", d -> ((PyGetSetDescr) d).doc == null
                ? PyNoneType.NONE : PyStr.of(((PyGetSetDescr) d).doc), null));
    }

    private final PyType owner;
    private final String name;
    private final Signature.Unary getter;
    /** Receives the instance and the new value (null to delete); null for a read-only attribute. */
    private final java.util.function.BiConsumer<PyObject, PyObject> setter;
    private String doc;

    public PyGetSetDescr(PyType owner, String name, Signature.Unary getter, java.util.function.BiConsumer<PyObject, PyObject> setter) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    /** Sets the {@code __doc__} while the owner type is being built. */
    public PyGetSetDescr withDoc(String doc) {
        this.doc = doc;
        return this;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject get(PyObject obj) {
        if (obj == null) {
            return newRef(this);
        }
        checkOwner(obj);
        return getter.apply(obj);
    }

    private void set(PyObject obj, PyObject value) {
        checkOwner(obj);
        if (setter == null) {
            throw PythonException.attributeError("attribute '" + name + "' of '" + owner.name() + "' objects is not writable");
        }
        setter.accept(obj, value);
    }

    private void checkOwner(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner)) {
            throw PythonException.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + obj.type().name() + "' object");
        }
    }
}
