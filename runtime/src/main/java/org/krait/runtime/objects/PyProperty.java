package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code property(fget, fset, fdel, doc)}: a data descriptor. CPython: Objects/descrobject.c. */
public final class PyProperty extends PyObject {

    public static final PyType TYPE = PyType.builtin("property", PyType.OBJECT)
            .slot(Slot.NEW, ArgSpec.keywords(0, "fget", "fset", "fdel", "doc").checked("property", (cls, a, kw) -> {
                PyObject[] parts = new PyObject[3];
                int nkw = kw == null ? 0 : kw.length;
                for (int i = 0; i < a.length - nkw && i < 3; i++) {
                    parts[i] = a[i];
                }
                PyObject doc = a.length - nkw > 3 ? a[3] : null;
                for (int i = 0; i < nkw; i++) {
                    int at = kw[i].equals("fget") ? 0 : kw[i].equals("fset") ? 1 : kw[i].equals("fdel") ? 2 : -1;
                    if (at >= 0) {
                        parts[at] = a[a.length - nkw + i];
                    } else if (kw[i].equals("doc")) {
                        doc = a[a.length - nkw + i];
                    }
                }
                PyProperty p = new PyProperty(parts[0], parts[1], parts[2]);
                p.doc = doc == null || doc == PyNoneType.NONE ? null : newRef(doc);
                return p;
            }))
            .slot(Slot.GET, (Signature.Ternary) (p, obj, type) -> ((PyProperty) p).get(obj))
            .slot(Slot.SET, (Signature.Setter) (p, obj, value) -> ((PyProperty) p).set(obj, value))
            .slot(Slot.GETATTRIBUTE, (Signature.Binary) (p, n) -> {
                PyProperty pp = (PyProperty) p;
                switch (n.toString()) {
                    case "__doc__":
                        if (pp.doc != null) {
                            return newRef(pp.doc);
                        }
                        return pp.fget == null ? newRef(PyNoneType.NONE) : org.krait.runtime.ops.ObjectOps.getAttr(pp.fget, "__doc__");
                    case "fget":
                        return newRef(pp.fget == null ? PyNoneType.NONE : pp.fget);
                    case "fset":
                        return newRef(pp.fset == null ? PyNoneType.NONE : pp.fset);
                    case "fdel":
                        return newRef(pp.fdel == null ? PyNoneType.NONE : pp.fdel);
                    default:
                        return org.krait.runtime.ops.ObjectOps.genericGetAttr(p, (PyStr) n, null);
                }
            })
            .method("setter", (p, a, kw) -> new PyProperty(((PyProperty) p).fget, a[0], ((PyProperty) p).fdel))
            .method("getter", (p, a, kw) -> new PyProperty(a[0], ((PyProperty) p).fset, ((PyProperty) p).fdel))
            .method("deleter", (p, a, kw) -> new PyProperty(((PyProperty) p).fget, ((PyProperty) p).fset, a[0]));

    private final PyObject fget;
    private final PyObject fset;
    private final PyObject fdel;
    private PyObject doc;

    /** The getter (borrowed), or null when the property has none. */
    public PyObject fget() {
        return fget;
    }

    private PyProperty(PyObject fget, PyObject fset, PyObject fdel) {
        this.fget = none(fget);
        this.fset = none(fset);
        this.fdel = none(fdel);
    }

    private static PyObject none(PyObject o) {
        return o == null || o == PyNoneType.NONE ? null : newRef(o);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject get(PyObject obj) {
        if (obj == null || obj == PyNoneType.NONE) {
            return newRef(this);
        }
        if (fget == null) {
            throw PythonException.attributeError("unreadable attribute");
        }
        return CallOps.call(fget, obj);
    }

    private void set(PyObject obj, PyObject value) {
        if (value == null) {
            if (fdel == null) {
                throw PythonException.attributeError("property " + nameFor() + "of '" + obj.type().name() + "' object has no deleter");
            }
            CallOps.call(fdel, obj).decref();
            return;
        }
        if (fset == null) {
            throw PythonException.attributeError("property " + nameFor() + "of '" + obj.type().name() + "' object has no setter");
        }
        CallOps.call(fset, obj, value).decref();
    }

    /** {@code 'name' } from the getter's {@code __name__}, or empty. */
    private String nameFor() {
        if (fget == null) {
            return "";
        }
        PyObject n = org.krait.runtime.ops.ObjectOps.lookupAttr(fget, PyStr.of("__name__"));
        return n instanceof PyStr ? "'" + n + "' " : "";
    }

    @Override
    public void releaseReferences() {
        xdecref(fget);
        xdecref(fset);
        xdecref(fdel);
    }
}
