package org.krait.runtime.types;

import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * {@code member_descriptor}: a field stored in an object's layout rather than its {@code __dict__}
 * (a struct sequence's named field, a {@code __slots__} entry). CPython: {@code PyMemberDescr_Type}
 * in descrobject.c. The owner's {@code tp_name} appears in its repr and its errors, so a struct
 * sequence's member reads {@code <member 'max' of 'sys.float_info' objects>}.
 */
public final class PyMemberDescr extends PyObject {

    public static final PyType TYPE = PyType.builtin("member_descriptor", PyType.OBJECT).finalType();

    /** Reads the field of {@code self}: a new reference, or null when the field is unset. */
    @FunctionalInterface
    public interface Getter {
        PyObject get(PyObject self);
    }

    /** Stores {@code value} (borrowed; null deletes) in the field of {@code self}. */
    @FunctionalInterface
    public interface Setter {
        void set(PyObject self, PyObject value);
    }

    static {
        TYPE.slot(Slot.GET, (Signature.Ternary) (d, obj, type) -> ((PyMemberDescr) d).get(obj));
        TYPE.slot(Slot.SET, (Signature.Setter) (d, obj, value) -> ((PyMemberDescr) d).set(obj, value));
        TYPE.slot(Slot.REPR, (Signature.Unary) d -> PyStr.of("<member '" + ((PyMemberDescr) d).name + "' of '"
                + ((PyMemberDescr) d).owner.name() + "' objects>"));
        TYPE.slot(Slot.GETATTRIBUTE, (Signature.Binary) (d, n) -> ((PyMemberDescr) d).attribute((PyStr) n));
    }

    private final PyType owner;
    private final String name;
    private final Getter getter;
    /** Null for a read-only member. */
    private final Setter setter;
    private String doc;

    /** A member of {@code owner} named {@code name}; {@code setter} null makes it read-only. */
    public PyMemberDescr(PyType owner, String name, Getter getter, Setter setter) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    /** A read-only member of {@code owner} named {@code name}. */
    public PyMemberDescr(PyType owner, String name, Getter getter) {
        this(owner, name, getter, null);
    }

    /** Sets the {@code __doc__} while the owner type is being built. */
    public PyMemberDescr withDoc(String doc) {
        this.doc = doc;
        return this;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String name() {
        return name;
    }

    private PyObject get(PyObject obj) {
        if (obj == null) {
            return newRef(this);
        }
        check(obj);
        PyObject v = getter.get(obj);
        if (v == null) {
            throw PythonException.attributeError("'" + obj.type().name() + "' object has no attribute '" + name + "'");
        }
        return v;
    }

    private void set(PyObject obj, PyObject value) {
        check(obj);
        if (setter == null) {
            throw PythonException.attributeError("readonly attribute");
        }
        setter.set(obj, value);
    }

    /** CPython's {@code descr_check}: the member belongs to instances of its owner only. */
    private void check(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner)) {
            throw PythonException.typeError("descriptor '" + name + "' for '" + owner.name()
                    + "' objects doesn't apply to a '" + obj.type().name() + "' object");
        }
    }

    private PyObject attribute(PyStr n) {
        switch (n.toString()) {
            case "__name__":
            case "__qualname__":
                return PyStr.of(n.toString().equals("__name__") ? name : owner.qualname() + "." + name);
            case "__objclass__":
                return newRef(owner);
            case "__doc__":
                return doc == null ? PyNoneType.NONE : PyStr.of(doc);
            default:
                return org.krait.runtime.ops.ObjectOps.genericGetAttr(this, n, null);
        }
    }
}
