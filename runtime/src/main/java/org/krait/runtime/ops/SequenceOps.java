package org.krait.runtime.ops;

import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyMappingProxy;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.PyGenericAlias;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * Subscription, membership and length ({@code PyObject_GetItem}, {@code PySequence_Contains},
 * {@code PyObject_Size} of Objects/abstract.c). Results are new references.
 */
public final class SequenceOps {

    private SequenceOps() {
    }

    /** {@code o[key]}. */
    public static PyObject getItem(PyObject o, PyObject key) {
        Class<?> c = o.getClass();
        if (key.getClass() == PyInt.class && (c == PyList.class || c == PyTuple.class)) {
            PyObject item = itemAt(o, (PyInt) key);
            if (item != null) {
                return PyObject.newRef(item);
            }
        } else if (c == PyDict.class) {
            PyObject v = ((PyDict) o).getItem(key);
            if (v != null) {
                return PyObject.newRef(v);
            }
        }
        if (o == PyType.TYPE) {
            // type[int]: type has no __class_getitem__ of its own, which its instances would inherit
            return PyGenericAlias.of(o, key);
        }
        Signature.Binary f = o.type().binary(Slot.GETITEM);
        if (f == null) {
            if (o instanceof PyType) {
                PyObject cg = ObjectOps.lookupAttr(o, PyStr.of("__class_getitem__"));
                if (cg != null) {
                    try {
                        return CallOps.call(cg, key);
                    } finally {
                        cg.decref();
                    }
                }
                throw PythonException.typeError("type '" + ((PyType) o).name() + "' is not subscriptable");
            }
            throw PythonException.typeError("'" + o.type().name() + "' object is not subscriptable");
        }
        return f.apply(o, key);
    }

    /**
     * Item {@code key} of an exact list or tuple (borrowed), or null when the index is out of
     * range or too big: the caller then goes through the slot, which raises the error.
     */
    private static PyObject itemAt(PyObject seq, PyInt key) {
        if (!key.isLong()) {
            return null;
        }
        long i = key.longValue();
        if (seq.getClass() == PyList.class) {
            PyList list = (PyList) seq;
            int n = list.size();
            if (i < 0) {
                i += n;
            }
            return i >= 0 && i < n ? list.getItem((int) i) : null;
        }
        PyTuple tuple = (PyTuple) seq;
        int n = tuple.size();
        if (i < 0) {
            i += n;
        }
        return i >= 0 && i < n ? tuple.getItem((int) i) : null;
    }

    /** {@code o[key] = value}. */
    public static void setItem(PyObject o, PyObject key, PyObject value) {
        if (o.getClass() == PyList.class && key.getClass() == PyInt.class && ((PyInt) key).isLong()) {
            PyList list = (PyList) o;
            long i = ((PyInt) key).longValue();
            int n = list.size();
            if (i < 0) {
                i += n;
            }
            if (i >= 0 && i < n) {
                list.setItem((int) i, value);
                return;
            }
        } else if (o.getClass() == PyDict.class) {
            ((PyDict) o).setItem(key, value);
            return;
        }
        Signature.Setter f = o.type().setter(Slot.SETITEM);
        if (f == null) {
            throw PythonException.typeError("'" + o.type().name() + "' object does not support item assignment");
        }
        f.set(o, key, value);
    }

    /** {@code del o[key]}. */
    public static void delItem(PyObject o, PyObject key) {
        Signature.Deleter f = o.type().deleter(Slot.DELITEM);
        if (f == null) {
            // CPython words it two ways: PySequence_DelItem (an index, on a type with sequence
            // methods, as every class has) and PyObject_DelItem (anything else).
            PyType t = o.type();
            boolean sequence = !t.isBuiltin() || t.has(Slot.LEN) || t.has(Slot.CONTAINS);
            boolean index = key instanceof PyInt || key.type().has(Slot.INDEX);
            throw PythonException.typeError("'" + t.name() + "' object " + (sequence && index ? "doesn't" : "does not")
                    + " support item deletion");
        }
        f.delete(o, key);
    }

    /** {@code item in container}. */
    public static boolean contains(PyObject container, PyObject item) {
        Signature.Contains f = container.type().contains();
        if (f != null) {
            return f.test(container, item);
        }
        if (!container.type().has(Slot.ITER) && !container.type().has(Slot.GETITEM)) {
            throw PythonException.typeError("argument of type '" + container.type().name() + "' is not iterable");
        }
        PyObject it = IterOps.iter(container);
        try {
            PyObject x;
            while ((x = IterOps.next(it)) != null) {
                boolean eq = ObjectOps.equal(x, item);
                x.decref();
                if (eq) {
                    return true;
                }
            }
            return false;
        } finally {
            it.decref();
        }
    }

    /** {@code len(o)}. */
    public static int length(PyObject o) {
        Signature.Length f = o.type().length();
        if (f == null) {
            throw PythonException.typeError("object of type '" + o.type().name() + "' has no len()");
        }
        return f.length(o);
    }
}
