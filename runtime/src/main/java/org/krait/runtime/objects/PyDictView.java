package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * The views {@code dict_keys}, {@code dict_values}, {@code dict_items} and their iterators,
 * table-driven by kind. CPython: the view and iterator types of Objects/dictobject.c.
 */
public final class PyDictView extends PyObject {

    /** What a view or iterator yields. */
    enum Kind {
        KEYS("dict_keys", "dict_keyiterator"),
        VALUES("dict_values", "dict_valueiterator"),
        ITEMS("dict_items", "dict_itemiterator");

        final PyType viewType;
        final PyType iterType;

        Kind(String view, String iter) {
            this.viewType = PyType.builtin(view, PyType.OBJECT);
            this.iterType = PyType.builtin(iter, PyType.OBJECT);
            viewType.slot(Slot.LEN, (Signature.Length) v -> ((PyDictView) v).dict.size());
            viewType.slot(Slot.ITER, (Signature.Unary) v -> new Iterator(((PyDictView) v).dict, this));
            viewType.slot(Slot.REPR, (Signature.Unary) v -> ((PyDictView) v).repr());
            viewType.slot(Slot.CONTAINS, (Signature.Contains) (v, x) -> ((PyDictView) v).contains(x));
            viewType.method("__reversed__", ArgSpec.NOARGS, (v, a, kw) -> {
                PyDictView dv = (PyDictView) v;
                PyList items = new PyList();
                for (int i = dv.dict.entryBound() - 1; i >= 0; i--) {
                    PyObject k = dv.dict.keyAt(i);
                    if (k != null) {
                        PyObject item = dv.kind.name().equals("VALUES") ? newRef(dv.dict.valueAt(i))
                                : dv.kind.name().equals("KEYS") ? newRef(k) : PyTuple.of(k, dv.dict.valueAt(i));
                        items.append(item);
                        item.decref();
                    }
                }
                PyObject it = org.krait.runtime.ops.IterOps.iter(items);
                items.decref();
                return it;
            });
            iterType.slot(Slot.ITER, (Signature.Unary) PyObject::newRef);
            iterType.slot(Slot.NEXT, (Signature.Unary) it -> ((Iterator) it).next());
            if (!view.equals("dict_values")) {
                viewType.slot(Slot.AND, (Signature.Binary) (a, b) -> setOp(a, b, "intersection"));
                viewType.slot(Slot.OR, (Signature.Binary) (a, b) -> setOp(a, b, "union"));
                viewType.slot(Slot.SUB, (Signature.Binary) (a, b) -> setOp(a, b, "difference"));
                viewType.slot(Slot.XOR, (Signature.Binary) (a, b) -> setOp(a, b, "symmetric_difference"));
                viewType.slot(Slot.EQ, (Signature.Binary) (a, b) -> {
                    PySet x = new PySet();
                    SetMethods.update(x, a);
                    PyObject r = org.krait.runtime.ops.ObjectOps.richCompare(x, b instanceof PyDictView ? toSet(b) : b,
                            org.krait.runtime.ops.ObjectOps.EQ);
                    return r;
                });
            }
        }

        private static PySet toSet(PyObject o) {
            PySet x = new PySet();
            SetMethods.update(x, o);
            return x;
        }

        private static PyObject setOp(PyObject a, PyObject b, String method) {
            PySet x = toSet(a);
            PyObject m = PySet.TYPE.lookup(method);
            return org.krait.runtime.ops.CallOps.call(m, x, b);
        }
    }

    private final PyDict dict;
    private final Kind kind;

    PyDictView(PyDict dict, Kind kind) {
        this.dict = newRef(dict);
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return kind.viewType;
    }

    private boolean contains(PyObject x) {
        if (kind == Kind.KEYS) {
            return dict.getItem(x) != null;
        }
        for (int i = 0; i < dict.entryBound(); i++) {
            PyObject k = dict.keyAt(i);
            if (k == null) {
                continue;
            }
            PyObject item = kind == Kind.VALUES ? newRef(dict.valueAt(i)) : PyTuple.of(k, dict.valueAt(i));
            boolean eq = ObjectOps.equal(item, x);
            item.decref();
            if (eq) {
                return true;
            }
        }
        return false;
    }

    private PyObject repr() {
        StringBuilder sb = new StringBuilder(kind.viewType.name()).append("([");
        boolean first = true;
        for (int i = 0; i < dict.entryBound(); i++) {
            PyObject k = dict.keyAt(i);
            if (k == null) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            PyObject v = dict.valueAt(i);
            if (kind == Kind.KEYS) {
                sb.append(ObjectOps.repr(k));
            } else if (kind == Kind.VALUES) {
                sb.append(ObjectOps.repr(v));
            } else {
                sb.append('(').append(ObjectOps.repr(k)).append(", ").append(ObjectOps.repr(v)).append(')');
            }
        }
        return PyStr.of(sb.append("])").toString());
    }

    @Override
    public void releaseReferences() {
        dict.decref();
    }

    /** An iterator over a dict's keys, values or items; fails if the dict changes size. */
    static final class Iterator extends PyObject {
        private PyDict dict;
        private final Kind kind;
        private final int size;
        private int pos;

        Iterator(PyDict dict, Kind kind) {
            this.dict = newRef(dict);
            this.kind = kind;
            this.size = dict.size();
        }

        @Override
        public PyType type() {
            return kind.iterType;
        }

        PyObject next() {
            if (dict == null) {
                return null;
            }
            if (dict.size() != size) {
                throw PythonException.of(org.krait.runtime.objects.exceptions.ExceptionTypes.RUNTIME_ERROR,
                        "dictionary changed size during iteration");
            }
            while (pos < dict.entryBound()) {
                int i = pos++;
                PyObject k = dict.keyAt(i);
                if (k != null) {
                    switch (kind) {
                        case KEYS: return newRef(k);
                        case VALUES: return newRef(dict.valueAt(i));
                        default: return PyTuple.of(k, dict.valueAt(i));
                    }
                }
            }
            dict.decref();
            dict = null;
            return null;
        }

        @Override
        public void releaseReferences() {
            xdecref(dict);
        }
    }
}
