package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** The slots and methods of {@code list}. CPython: Objects/listobject.c. */
final class ListMethods {

    private ListMethods() {
    }

    static void fill(PyType t) {
        t.slot(Slot.HASH, null);
        t.slot(Slot.LEN, (Signature.Length) l -> ((PyList) l).size);
        t.slot(Slot.REPR, (Signature.Unary) l -> ((PyList) l).repr());
        t.slot(Slot.GETITEM, (Signature.Binary) ListMethods::subscript);
        t.slot(Slot.SETITEM, (Signature.Setter) ListMethods::assign);
        t.slot(Slot.DELITEM, (Signature.Deleter) ListMethods::delete);
        t.slot(Slot.ITER, (Signature.Unary) l -> new PySequenceIterator(l, 0));
        t.slot(Slot.CONTAINS, (Signature.Contains) (l, x) -> SequenceItems.contains(((PyList) l).items, ((PyList) l).size, x));
        t.slot(Slot.ADD, (Signature.SequenceOp) (a, b) -> {
            if (!(b instanceof PyList)) {
                throw PythonException.typeError("can only concatenate list (not \"" + b.type().name() + "\") to list");
            }
            PyList r = PyList.of(PyList.view(a));
            r.extend(b);
            return r;
        });
        t.slot(Slot.IADD, (Signature.SequenceOp) (a, b) -> {
            ((PyList) a).extend(b);
            return PyObject.newRef(a);
        });
        t.slot(Slot.MUL, (Signature.SequenceOp) ListMethods::repeat);
        t.slot(Slot.RMUL, (Signature.SequenceOp) ListMethods::repeat);
        t.slot(Slot.IMUL, (Signature.SequenceOp) (a, n) -> {
            PyList r = (PyList) repeat(a, n);
            PyObject[] items = r.toArray();
            for (PyObject o : items) {
                o.incref();
            }
            ((PyList) a).replaceAll(items);
            r.decref();
            return PyObject.newRef(a);
        });
        SequenceItems.fillComparisons(t, PyList::view);
        t.instances(PyList.Derived::new);
        t.slot(Slot.NEW, (Signature.Call) (cls, args, kw) -> cls == PyList.TYPE ? new PyList() : ((PyType) cls).newInstance());
        t.slot(Slot.INIT, ArgSpec.positional(0, 1).checked("list", (l, args, kw) -> {
            ((PyList) l).replaceAll(new PyObject[0]);
            if (args.length > 0) {
                ((PyList) l).extend(args[0]);
            }
            return PyNoneType.NONE;
        }));
        t.method("append", ArgSpec.ONE, (self, a, kw) -> {
            ((PyList) self).append(a[0]);
            return PyNoneType.NONE;
        });
        t.method("extend", ArgSpec.ONE, (self, a, kw) -> {
            ((PyList) self).extend(a[0]);
            return PyNoneType.NONE;
        });
        t.method("insert", ArgSpec.positional(2, 2), (self, a, kw) -> {
            PyList l = (PyList) self;
            long i = Clinic.ssize(a[0]);
            if (i < 0) {
                i = Math.max(0, i + l.size);
            }
            l.insert((int) Math.min(i, l.size), a[1]);
            return PyNoneType.NONE;
        });
        t.method("pop", ArgSpec.positional(0, 1), (self, a, kw) -> {
            PyList l = (PyList) self;
            if (l.size == 0) {
                throw PythonException.indexError("pop from empty list");
            }
            int i = a.length == 0 ? l.size - 1 : l.normalize(a[0], "pop index out of range");
            return l.removeAt(i);
        });
        t.method("remove", ArgSpec.ONE, (self, a, kw) -> {
            PyList l = (PyList) self;
            for (int i = 0; i < l.size; i++) {
                if (ObjectOps.equal(l.items[i], a[0])) {
                    l.removeAt(i).decref();
                    return PyNoneType.NONE;
                }
            }
            throw PythonException.valueError("list.remove(x): x not in list");
        });
        t.method("index", ArgSpec.positional(1, 3), (self, a, kw) -> PyInt.of(SequenceItems.index(((PyList) self).items, ((PyList) self).size, a, "list")));
        t.method("count", ArgSpec.ONE, (self, a, kw) -> PyInt.of(SequenceItems.count(((PyList) self).items, ((PyList) self).size, a[0])));
        t.method("__sizeof__", ArgSpec.NOARGS, (self, a, kw) -> PyInt.of(((PyList) self).sizeOf()));
        t.method("clear", ArgSpec.NOARGS, (self, a, kw) -> {
            ((PyList) self).replaceAll(new PyObject[0]);
            return PyNoneType.NONE;
        });
        t.method("copy", ArgSpec.NOARGS, (self, a, kw) -> PyList.of(PyList.view(self)));
        t.method("reverse", ArgSpec.NOARGS, (self, a, kw) -> {
            PyList l = (PyList) self;
            for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                PyObject x = l.items[i];
                l.items[i] = l.items[j];
                l.items[j] = x;
            }
            return PyNoneType.NONE;
        });
        t.method("sort", ArgSpec.keywords(0, "*", "key", "reverse"), (self, a, kw) -> {
            sort((PyList) self, a);
            return PyNoneType.NONE;
        });
    }

    static PyObject subscript(PyObject self, PyObject key) {
        PyList l = (PyList) self;
        if (key instanceof PySlice) {
            int[] s = ((PySlice) key).indices(l.size);
            PyList out = new PyList();
            for (int i = 0, j = s[0]; i < s[3]; i++, j += s[2]) {
                out.append(l.items[j]);
            }
            return out;
        }
        return PyObject.newRef(l.items[l.normalize(key, "list index out of range")]);
    }

    private static void assign(PyObject self, PyObject key, PyObject value) {
        PyList l = (PyList) self;
        if (key instanceof PySlice) {
            int[] s = ((PySlice) key).indices(l.size);
            PyObject[] src = IterOps.toArray(value);
            if (s[2] == 1) {
                int stop = Math.max(s[0], s[1]);
                PyObject[] out = new PyObject[l.size - (stop - s[0]) + src.length];
                for (int i = 0; i < s[0]; i++) {
                    out[i] = PyObject.newRef(l.items[i]);
                }
                System.arraycopy(src, 0, out, s[0], src.length);
                for (int i = stop; i < l.size; i++) {
                    out[s[0] + src.length + i - stop] = PyObject.newRef(l.items[i]);
                }
                l.replaceAll(out);
                return;
            }
            if (src.length != s[3]) {
                throw PythonException.valueError("attempt to assign sequence of size " + src.length
                        + " to extended slice of size " + s[3]);
            }
            for (int i = 0, j = s[0]; i < s[3]; i++, j += s[2]) {
                l.setItem(j, src[i]);
                src[i].decref();
            }
            return;
        }
        l.setItem(l.normalize(key, "list assignment index out of range"), value);
    }

    private static void delete(PyObject self, PyObject key) {
        PyList l = (PyList) self;
        if (key instanceof PySlice) {
            int[] s = ((PySlice) key).indices(l.size);
            boolean[] drop = new boolean[l.size];
            for (int i = 0, j = s[0]; i < s[3]; i++, j += s[2]) {
                drop[j] = true;
            }
            PyObject[] keep = new PyObject[l.size - s[3]];
            for (int i = 0, k = 0; i < l.size; i++) {
                if (!drop[i]) {
                    keep[k++] = PyObject.newRef(l.items[i]);
                }
            }
            l.replaceAll(keep);
            return;
        }
        l.removeAt(l.normalize(key, "list assignment index out of range")).decref();
    }

    private static PyObject repeat(PyObject a, PyObject n) {
        long k = Allocation.repeatCount(n);
        if (k < 0) {
            throw PythonException.typeError("can't multiply sequence by non-int of type '" + n.type().name() + "'");
        }
        PyList l = (PyList) a;
        PyObject[] out = new PyObject[Allocation.repeated(l.size, k)];
        for (int at = 0; at < out.length; at += l.size) {
            System.arraycopy(l.items, 0, out, at, l.size);
        }
        for (PyObject o : out) {
            o.incref();
        }
        PyList r = new PyList();
        r.items = out.length == 0 ? r.items : out;
        r.size = out.length;
        return r;
    }

    /** {@code list.sort(*, key=None, reverse=False)}, its arguments bound by position. */
    private static void sort(PyList l, PyObject[] args) {
        PyObject key = args.length > 0 && args[0] != PyNoneType.NONE ? args[0] : null;
        boolean reverse = args.length > 1 && ObjectOps.isTrue(args[1]);
        sortItems(l, key, reverse);
    }

    /**
     * Stable sort by {@code key} (or the items), as {@code list.sort} does it: the keys made first
     * (an error there leaves the list as it was), then {@link ListSort}; a reverse sort reverses
     * before and after, so that equal items keep their order. While it runs the list is empty,
     * and changing it then is an error.
     */
    static void sortItems(PyList l, PyObject key, boolean reverse) {
        int n = l.size;
        PyObject[] saved = l.items;
        l.items = new PyObject[4];
        l.size = 0;
        PyObject[] keys = null;
        boolean sorted = false;
        try {
            if (key != null) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = CallOps.call(key, saved[i]);
                }
            }
            if (reverse) {
                if (keys != null) {
                    ListSort.reverse(keys, 0, n);
                }
                ListSort.reverse(saved, 0, n);
            }
            try {
                ListSort.sort(keys != null ? keys : saved, keys != null ? saved : null, n);
                sorted = true;
            } finally {
                if (reverse) {
                    ListSort.reverse(saved, 0, n);
                }
            }
        } finally {
            if (keys != null) {
                for (PyObject k : keys) {
                    PyObject.xdecref(k);
                }
            }
            boolean modified = l.size != 0;
            for (int i = 0; i < l.size; i++) {
                l.items[i].decref();
            }
            l.items = saved;
            l.size = n;
            if (modified && sorted) {
                throw PythonException.valueError("list modified during sort");
            }
        }
    }
}
