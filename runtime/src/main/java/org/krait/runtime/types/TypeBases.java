package org.krait.runtime.types;

import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * Assigning {@code C.__bases__} and {@code obj.__class__}, with CPython's checks that the
 * instances' layout stays the same. CPython: {@code type_set_bases}, {@code object_set_class} and
 * {@code compatible_for_assignment} in typeobject.c.
 */
final class TypeBases {

    private TypeBases() {
    }

    /** {@code t.__bases__ = value}. */
    static void set(PyType t, PyObject value) {
        TypeAttributes.checkSpecial(t, value, "__bases__");
        if (!(value instanceof PyTuple)) {
            throw PythonException.typeError("can only assign tuple to " + t.name() + ".__bases__, not " + value.type().name());
        }
        PyTuple tuple = (PyTuple) value;
        if (tuple.size() == 0) {
            throw PythonException.typeError("can only assign non-empty tuple to " + t.name() + ".__bases__, not ()");
        }
        PyType[] bases = new PyType[tuple.size()];
        for (int i = 0; i < bases.length; i++) {
            PyObject b = tuple.getItem(i);
            if (!(b instanceof PyType)) {
                throw PythonException.typeError(t.name() + ".__bases__ must be tuple of classes, not '" + b.type().name() + "'");
            }
            bases[i] = (PyType) b;
            if (bases[i].isSubtypeOf(t)) {
                throw PythonException.typeError("a __bases__ item causes an inheritance cycle");
            }
        }
        PyType best = SlotsLayout.layoutBase(bases);
        PyType old = t.base();
        if (old.isBuiltin() != best.isBuiltin() || (old.isBuiltin() && !old.sameLayout(best))) {
            throw PythonException.typeError("__bases__ assignment: '" + best.name() + "' deallocator differs from '"
                    + old.name() + "'");
        }
        if (!old.sameLayout(best)) {
            throw PythonException.typeError("__bases__ assignment: '" + best.name() + "' object layout differs from '"
                    + old.name() + "'");
        }
        t.setBases(bases, best);
    }

    /** {@code obj.__class__ = value} ({@code object_set_class}). */
    static void setClass(PyObject obj, PyObject value) {
        if (value == null) {
            throw PythonException.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType)) {
            throw PythonException.typeError("__class__ must be set to a class, not '" + value.type().name() + "' object");
        }
        PyType newType = (PyType) value;
        PyType oldType = obj.type();
        if (newType.isBuiltin() || oldType.isBuiltin()) {
            throw PythonException.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (!(obj instanceof org.krait.runtime.objects.ClassAssignable) || !newType.sameLayout(oldType)) {
            throw PythonException.typeError("__class__ assignment: '" + newType.name() + "' object layout differs from '"
                    + oldType.name() + "'");
        }
        ((org.krait.runtime.objects.ClassAssignable) obj).setType(newType);
    }
}
