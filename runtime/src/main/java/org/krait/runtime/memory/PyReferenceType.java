package org.krait.runtime.memory;

import org.krait.runtime.objects.DictOwner;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyNotImplementedType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code weakref.ref} ({@code weakref.ReferenceType}): refers to an object without counting, is
 * cleared when the object dies and then calls its callback with itself. CPython:
 * Objects/weakrefobject.c. The references to one object form a doubly linked list whose head is
 * in the object ({@link WeakrefLists}); the plain reference without callback comes first and is
 * shared.
 */
public class PyReferenceType extends GcObject implements DictOwner {

    private static final ArgSpec NEW_ARGS = ArgSpec.positional(1, 2);

    public static final PyType TYPE = PyType.builtin("weakref.ReferenceType", PyType.OBJECT)
            .slot(Slot.NEW, (Signature.Call) (cls, args, kw) -> {
                // A subclass's constructor may take keywords of its own; ref's arguments are positional.
                PyObject[] pos = cls == PyReferenceType.TYPE || kw == null ? args : java.util.Arrays.copyOf(args, args.length - kw.length);
                NEW_ARGS.bind("ref", null, pos, cls == PyReferenceType.TYPE ? kw : null);
                return WeakrefLists.newRef((PyType) cls, pos[0], pos.length > 1 ? pos[1] : null);
            })
            .slot(Slot.INIT, (Signature.Call) (self, args, kw) -> PyNoneType.NONE)
            .slot(Slot.CALL, (Signature.Call) (self, args, kw) -> {
                ArgSpec.positional(0, 0).bind("weakref", null, args, kw);
                return newRef(((PyReferenceType) self).referentOrNone());
            })
            .slot(Slot.HASH, (Signature.Hash) self -> ((PyReferenceType) self).hashValue())
            .slot(Slot.EQ, (Signature.Binary) (a, b) -> compare(a, b, true))
            .slot(Slot.NE, (Signature.Binary) (a, b) -> compare(a, b, false))
            .slot(Slot.REPR, (Signature.Unary) self -> PyStr.of(((PyReferenceType) self).repr("weakref")));

    static {
        TYPE.define("__callback__", new org.krait.runtime.types.PyGetSetDescr(TYPE, "__callback__",
                self -> newRef(((PyReferenceType) self).callback == null ? PyNoneType.NONE : ((PyReferenceType) self).callback),
                null));
        TYPE.method("__class_getitem__", ArgSpec.ONE, (self, a, kw) -> newRef(self));
    }

    private final PyType type;
    /** The referent, not counted; null once cleared. */
    PyObject referent;
    /** Counted; null when there is none or after it ran. */
    PyObject callback;
    private long hash = -1;
    PyReferenceType wrPrev;
    PyReferenceType wrNext;
    private PyDict dict;

    PyReferenceType(PyType type, PyObject referent, PyObject callback) {
        this.type = type == null ? TYPE : newRef(type);
        this.referent = referent;
        this.callback = callback == null || callback == PyNoneType.NONE ? null : newRef(callback);
        track();
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (dict == null && type.hasInstanceDict() && !type.isBuiltin()) {
            dict = new PyDict();
        }
        return dict;
    }

    /** The referent (borrowed), or None once it died. */
    public PyObject referentOrNone() {
        return referent == null ? PyNoneType.NONE : referent;
    }

    /** The referent (borrowed), or null once it died. */
    public PyObject referent() {
        return referent;
    }

    private long hashValue() {
        if (hash != -1) {
            return hash;
        }
        if (referent == null) {
            throw PythonException.typeError("weak object has gone away");
        }
        hash = ObjectOps.hash(referent);
        return hash;
    }

    private static PyObject compare(PyObject a, PyObject b, boolean eq) {
        if (!(a instanceof PyReferenceType x) || !(b instanceof PyReferenceType y)
                || a instanceof PyProxyType || b instanceof PyProxyType) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        if (x.referent == null || y.referent == null) {
            return PyBool.of((a == b) == eq);
        }
        return ObjectOps.richCompare(x.referent, y.referent, eq ? ObjectOps.EQ : ObjectOps.NE);
    }

    String repr(String kind) {
        String self = "<" + kind + " at " + address(this);
        if (referent == null) {
            return self + "; dead>";
        }
        String to = "; to '" + referent.type().name() + "' at " + address(referent);
        PyObject name;
        PyStr attr = PyStr.of("__name__");
        try {
            name = ObjectOps.lookupAttr(referent, attr);
        } catch (PythonException e) {
            e.exception().decref();
            name = null;
        } finally {
            attr.decref();
        }
        if (name instanceof PyStr) {
            to += " (" + name + ")";
        }
        if (name != null) {
            name.decref();
        }
        return self + to + ">";
    }

    static String address(PyObject o) {
        return "0x" + Integer.toHexString(System.identityHashCode(o));
    }

    @Override
    public void traverse(Visitor v) {
        if (callback != null) {
            v.visit(callback);
        }
        if (dict != null) {
            v.visit(dict);
        }
    }

    @Override
    public void releaseReferences() {
        WeakrefLists.unlink(this);
        PyObject cb = callback;
        callback = null;
        if (cb != null) {
            cb.decref();
        }
        if (dict != null) {
            dict.decref();
        }
        if (type != TYPE) {
            type.decref();
        }
    }
}
