package org.krait.runtime.types;

import org.krait.runtime.objects.DictOwner;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyInstance;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * The {@code __dict__} attribute of instances of classes that add one (CPython's
 * {@code subtype_dict}/{@code subtype_setdict} in typeobject.c): read, replaced by another dict,
 * or deleted (the instance then starts again with an empty one).
 */
final class InstanceDicts {

    private InstanceDicts() {
    }

    static PyObject get(PyObject self) {
        PyDict d = self instanceof DictOwner ? ((DictOwner) self).dict() : null;
        if (d == null) {
            throw PythonException.attributeError("This object has no __dict__");
        }
        return PyObject.newRef(d);
    }

    static void set(PyObject self, PyObject value) {
        if (value != null && !(value instanceof PyDict)) {
            throw PythonException.typeError("__dict__ must be set to a dictionary, not a '" + value.type().name() + "'");
        }
        if (!(self instanceof PyInstance)) {
            throw PythonException.typeError("this __dict__ cannot be replaced");
        }
        PyDict d = value == null ? new PyDict() : (PyDict) value;
        ((PyInstance) self).setDict(d);
        if (value == null) {
            d.decref();
        }
    }
}
