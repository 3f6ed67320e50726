package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.ops.SequenceOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** The slots and methods of {@code dict}. CPython: Objects/dictobject.c. */
final class DictMethods {

    private DictMethods() {
    }

    static void fill(PyType t) {
        t.slot(Slot.HASH, null);
        t.slot(Slot.LEN, (Signature.Length) d -> ((PyDict) d).size());
        t.slot(Slot.REPR, (Signature.Unary) DictMethods::repr);
        t.slot(Slot.GETITEM, (Signature.Binary) (d, k) -> {
            PyObject v = ((PyDict) d).getItem(k);
            if (v == null && !((PyDict) d).isExact()) {
                PyObject missing = d.type().lookup("__missing__");
                if (missing != null) {
                    return org.krait.runtime.ops.CallOps.call(missing, d, k);
                }
            }
            if (v == null) {
                throw PythonException.of(ExceptionTypes.KEY_ERROR, k);
            }
            return PyObject.newRef(v);
        });
        t.slot(Slot.SETITEM, (Signature.Setter) (d, k, v) -> ((PyDict) d).setItem(k, v));
        t.slot(Slot.DELITEM, (Signature.Deleter) (d, k) -> {
            if (!((PyDict) d).delItemIfPresent(k)) {
                throw PythonException.of(ExceptionTypes.KEY_ERROR, k);
            }
        });
        t.slot(Slot.CONTAINS, (Signature.Contains) (d, k) -> ((PyDict) d).getItem(k) != null);
        t.slot(Slot.ITER, (Signature.Unary) d -> new PyDictView.Iterator((PyDict) d, PyDictView.Kind.KEYS));
        t.slot(Slot.EQ, (Signature.Binary) (a, b) -> b instanceof PyDict ? PyBool.of(equal((PyDict) a, (PyDict) b))
                : PyNotImplementedType.NOT_IMPLEMENTED);
        t.slot(Slot.NE, (Signature.Binary) (a, b) -> b instanceof PyDict ? PyBool.of(!equal((PyDict) a, (PyDict) b))
                : PyNotImplementedType.NOT_IMPLEMENTED);
        t.instances(PyDict.Derived::new);
        t.slot(Slot.NEW, (Signature.Call) (cls, args, kw) -> cls == PyDict.TYPE ? new PyDict() : ((PyType) cls).newInstance());
        t.slot(Slot.INIT, (Signature.Call) (d, args, kw) -> {
            if (args.length - (kw == null ? 0 : kw.length) > 1) {
                throw PythonException.typeError("dict expected at most 1 argument, got " + (args.length - (kw == null ? 0 : kw.length)));
            }
            update((PyDict) d, args, kw, "dict");
            return PyNoneType.NONE;
        });
        t.method("keys", ArgSpec.NOARGS, (d, a, kw) -> new PyDictView((PyDict) d, PyDictView.Kind.KEYS));
        t.method("values", ArgSpec.NOARGS, (d, a, kw) -> new PyDictView((PyDict) d, PyDictView.Kind.VALUES));
        t.method("items", ArgSpec.NOARGS, (d, a, kw) -> new PyDictView((PyDict) d, PyDictView.Kind.ITEMS));
        t.method("get", ArgSpec.positional(1, 2), (d, a, kw) -> {
            PyObject v = ((PyDict) d).getItem(a[0]);
            return PyObject.newRef(v != null ? v : a.length > 1 ? a[1] : PyNoneType.NONE);
        });
        t.method("setdefault", ArgSpec.positional(1, 2), (d, a, kw) -> {
            PyDict dict = (PyDict) d;
            PyObject v = dict.getItem(a[0]);
            if (v == null) {
                v = a.length > 1 ? a[1] : PyNoneType.NONE;
                dict.setItem(a[0], v);
            }
            return PyObject.newRef(v);
        });
        t.method("pop", ArgSpec.positional(1, 2), (d, a, kw) -> {
            PyDict dict = (PyDict) d;
            PyObject v = dict.getItem(a[0]);
            if (v == null) {
                if (a.length > 1) {
                    return PyObject.newRef(a[1]);
                }
                throw PythonException.of(ExceptionTypes.KEY_ERROR, a[0]);
            }
            v.incref();
            dict.delItemIfPresent(a[0]);
            return v;
        });
        t.method("update", (d, a, kw) -> {
            update((PyDict) d, a, kw, "update");
            return PyNoneType.NONE;
        });
        t.method("copy", ArgSpec.NOARGS, (d, a, kw) -> {
            PyDict out = new PyDict();
            merge(out, (PyDict) d);
            return out;
        });
        t.method("__reversed__", ArgSpec.NOARGS, (d, a, kw) -> {
            PyDict dict = (PyDict) d;
            PyList keys = new PyList();
            for (int i = dict.entryBound() - 1; i >= 0; i--) {
                if (dict.keyAt(i) != null) {
                    keys.append(dict.keyAt(i));
                }
            }
            PyObject it = IterOps.iter(keys);
            keys.decref();
            return it;
        });
        t.method("popitem", ArgSpec.NOARGS, (d, a, kw) -> {
            PyDict dict = (PyDict) d;
            for (int i = dict.entryBound() - 1; i >= 0; i--) {
                PyObject k = dict.keyAt(i);
                if (k != null) {
                    PyTuple item = PyTuple.of(k, dict.valueAt(i));
                    dict.delItemIfPresent(k);
                    return item;
                }
            }
            throw PythonException.of(ExceptionTypes.KEY_ERROR, "popitem(): dictionary is empty");
        });
        t.define("fromkeys", PyClassmethod.of(new PyBuiltinFunctionOrMethod("fromkeys", (s, a, kw) -> {
            PyObject d = org.krait.runtime.ops.CallOps.call(a[0]);
            PyObject v = a.length > 2 ? a[2] : PyNoneType.NONE;
            for (PyObject k : IterOps.toArray(a[1])) {
                SequenceOps.setItem(d, k, v);
                k.decref();
            }
            return d;
        })));
        t.slot(Slot.OR, (Signature.Binary) (a, b) -> {
            if (!(b instanceof PyDict)) {
                return PyNotImplementedType.NOT_IMPLEMENTED;
            }
            PyDict out = new PyDict();
            merge(out, (PyDict) a);
            mergeMapping(out, b, null);
            return out;
        });
        t.slot(Slot.IOR, (Signature.Binary) (a, b) -> {
            update((PyDict) a, new PyObject[] {b}, null, "update");
            return PyObject.newRef(a);
        });
        t.method("clear", ArgSpec.NOARGS, (d, a, kw) -> {
            ((PyDict) d).clear();
            return PyNoneType.NONE;
        });
    }

    /** {@code dict.update(other, **kw)}: a mapping, or an iterable of pairs; {@code name} is for errors. */
    static void update(PyDict d, PyObject[] args, String[] kwnames, String name) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw > 1) {
            throw PythonException.typeError(name + " expected at most 1 argument, got " + (args.length - nkw));
        }
        if (args.length - nkw > 0) {
            PyObject src = args[0];
            if (src instanceof PyDict || ObjectOps.lookupAttr(src, PyStr.of("keys")) != null) {
                mergeMapping(d, src, null);
            } else {
                PyObject[] pairs = IterOps.toArray(src);
                try {
                    for (int n = 0; n < pairs.length; n++) {
                        PyObject pair = pairs[n];
                        if (!pair.type().has(Slot.ITER) && !pair.type().has(Slot.GETITEM)) {
                            throw PythonException.typeError("cannot convert dictionary update sequence element #" + n
                                    + " to a sequence");
                        }
                        PyObject[] kv = IterOps.toArray(pair);
                        try {
                            if (kv.length != 2) {
                                throw PythonException.valueError("dictionary update sequence element #" + n + " has length "
                                        + kv.length + "; 2 is required");
                            }
                            d.setItem(kv[0], kv[1]);
                        } finally {
                            for (PyObject o : kv) {
                                o.decref();
                            }
                        }
                    }
                } finally {
                    for (PyObject pair : pairs) {
                        pair.decref();
                    }
                }
            }
        }
        for (int i = 0; i < nkw; i++) {
            d.setItem(kwnames[i], args[args.length - nkw + i]);
        }
    }

    /**
     * Copies a mapping into {@code d} as CPython's {@code dict_merge}: a dict that iterates as
     * dict does by its entries (no overridden method is called), anything else through its
     * {@code keys()} and {@code __getitem__}. {@code onDuplicate}, when given, is called for a key
     * {@code d} already holds (which then keeps its value); without it the new value wins. An
     * object without {@code keys} raises the AttributeError, for the caller to word.
     */
    static void mergeMapping(PyDict d, PyObject src, java.util.function.Consumer<PyObject> onDuplicate) {
        if (src instanceof PyDict && (src.getClass() == PyDict.class
                || src.type().lookup("__iter__") == PyDict.TYPE.getOwn("__iter__"))) {
            PyDict from = (PyDict) src;
            for (int i = 0; i < from.entryBound(); i++) {
                PyObject k = from.keyAt(i);
                if (k != null) {
                    if (onDuplicate != null && d.getItem(k) != null) {
                        onDuplicate.accept(k);
                    } else {
                        d.setItem(k, from.valueAt(i));
                    }
                }
            }
            return;
        }
        PyObject keys = CallOps.callMethod(src, "keys");
        try {
            for (PyObject k : IterOps.toArray(keys)) {
                try {
                    if (onDuplicate != null && d.getItem(k) != null) {
                        onDuplicate.accept(k);
                    } else {
                        PyObject v = SequenceOps.getItem(src, k);
                        d.setItem(k, v);
                        v.decref();
                    }
                } finally {
                    k.decref();
                }
            }
        } finally {
            keys.decref();
        }
    }

    /** Copies every entry of {@code src} into {@code d}. */
    static void merge(PyDict d, PyDict src) {
        for (int i = 0; i < src.entryBound(); i++) {
            PyObject k = src.keyAt(i);
            if (k != null) {
                d.setItem(k, src.valueAt(i));
            }
        }
    }

    private static boolean equal(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.entryBound(); i++) {
            PyObject k = a.keyAt(i);
            if (k != null) {
                PyObject v = b.getItem(k);
                if (v == null || !ObjectOps.equal(a.valueAt(i), v)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static PyObject repr(PyObject self) {
        PyDict d = (PyDict) self;
        if (d.size() == 0) {
            return PyStr.of("{}");
        }
        if (!ReprGuard.enter(d)) {
            return PyStr.of("{...}");
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int i = 0; i < d.entryBound(); i++) {
                PyObject k = d.keyAt(i);
                if (k == null) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(ObjectOps.repr(k)).append(": ").append(ObjectOps.repr(d.valueAt(i)));
            }
            return PyStr.of(sb.append('}').toString());
        } finally {
            ReprGuard.leave(d);
        }
    }
}
