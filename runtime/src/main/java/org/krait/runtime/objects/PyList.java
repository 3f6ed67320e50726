package org.krait.runtime.objects;

import java.util.Arrays;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Slot;

/** {@code list}: a growable array owning its items. CPython: Objects/listobject.c. */
public class PyList extends org.krait.runtime.memory.GcObject {

    public static final PyType TYPE = PyType.builtin("list", PyType.OBJECT);

    static {
        ListMethods.fill(TYPE);
        TYPE.define("__class_getitem__", org.krait.runtime.types.PyGenericAlias.classGetItem());
    }

    PyObject[] items;
    int size;
    /**
     * The capacity CPython's list would have after the same operations ({@code ob_alloc}, by
     * {@code list_resize}'s rule), for {@code sys.getsizeof}; Krait's own array grows otherwise.
     */
    private int allocated;

    public PyList() {
        items = new PyObject[4];
        track();
    }

    /**
     * A list of {@code items} (borrowed: the list takes its own references), allocated to its size
     * as CPython's {@code PyList_New(n)} is.
     */
    public static PyList of(PyObject... items) {
        PyList l = new PyList();
        for (PyObject o : items) {
            l.append(o);
        }
        l.allocated = items.length;
        return l;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return size;
    }

    /** Item {@code i} (borrowed); 0 <= i < size. */
    public PyObject getItem(int i) {
        return items[i];
    }

    /** Appends {@code o} (borrowed; the list takes a reference). */
    public void append(PyObject o) {
        resized(size + 1);
        if (size == items.length) {
            items = Arrays.copyOf(items, size + (size >> 1) + 4);
        }
        o.incref();
        items[size++] = o;
    }

    /**
     * Appends every item of {@code iterable}. The simulated capacity follows CPython's
     * {@code list_extend}: room for the announced length first (exactly, rounded up to even, into
     * an empty list), one item at a time past it, and a final trim to the size.
     */
    public void extend(PyObject iterable) {
        IterOps.Announced got = IterOps.toArrayAnnounced(iterable);
        PyObject[] add = got.items();
        boolean sequence = iterable instanceof PyList || iterable instanceof PyTuple;
        if (sequence && add.length == 0) {
            return;
        }
        int announced = got.hint();
        if (allocated == 0) {
            if (announced > 0) {
                allocated = (announced + 1) & ~1;
            }
        } else if (size + (long) announced <= Integer.MAX_VALUE) {
            int before = size;
            resized(size + announced);
            size = before;
        }
        for (PyObject o : add) {
            if (size >= allocated) {
                resized(size + 1);
            }
            store(o);
        }
        if (!sequence && size < allocated) {
            resized(size);
        }
    }

    /** Appends {@code o}, taking over its reference, without touching the simulated capacity. */
    private void store(PyObject o) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size + (size >> 1) + 4);
        }
        items[size++] = o;
    }

    /** A copy of the items, borrowed references. */
    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces item {@code i} (value borrowed). */
    public void setItem(int i, PyObject value) {
        value.incref();
        PyObject old = items[i];
        items[i] = value;
        old.decref();
    }

    int normalize(PyObject key, String what) {
        if (!(key instanceof PyInt) && !key.type().has(Slot.INDEX)) {
            throw PythonException.typeError("list indices must be integers or slices, not " + key.type().name());
        }
        long i = Clinic.itemIndex(key);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PythonException.indexError(what);
        }
        return (int) i;
    }

    void insert(int at, PyObject o) {
        append(o);
        System.arraycopy(items, at, items, at + 1, size - 1 - at);
        items[at] = o;
    }

    /** Removes and returns item {@code i} (the caller gets the list's reference). */
    PyObject removeAt(int i) {
        resized(size - 1);
        PyObject o = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return o;
    }

    /** Replaces the items with {@code newItems}, taking over their references. */
    void replaceAll(PyObject[] newItems) {
        PyObject[] old = items;
        int n = size;
        resized(newItems.length);
        items = newItems.length == 0 ? new PyObject[4] : newItems;
        size = newItems.length;
        // Last to first, as CPython's list_ass_slice and list.clear drop what they remove.
        for (int i = n - 1; i >= 0; i--) {
            old[i].decref();
        }
    }

    /**
     * Follows CPython's {@code list_resize} for a change from {@code size} to {@code newSize} items:
     * kept while between half full and full, else over-allocated by an eighth plus 6 (rounded to
     * 4), or to the size itself rounded up when one change adds more than that.
     */
    private void resized(int newSize) {
        if (allocated >= newSize && newSize >= (allocated >> 1)) {
            return;
        }
        long grown = ((long) newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize - size > grown - newSize) {
            grown = ((long) newSize + 3) & ~3L;
        }
        allocated = newSize == 0 ? 0 : (int) Math.min(grown, Integer.MAX_VALUE);
    }

    /** {@code list.__sizeof__()}: CPython's list header and a pointer per allocated item. */
    public long sizeOf() {
        return 40 + 8L * allocated;
    }

    PyObject repr() {
        if (size == 0) {
            return PyStr.of("[]");
        }
        if (!ReprGuard.enter(this)) {
            return PyStr.of("[...]");
        }
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(ObjectOps.repr(items[i]));
            }
            return PyStr.of(sb.append(']').toString());
        } finally {
            ReprGuard.leave(this);
        }
    }

    /** Drops the items last to first, as CPython's list_dealloc does (the order of their finalizers). */
    @Override
    public void releaseReferences() {
        int n = size;
        size = 0;
        for (int i = n - 1; i >= 0; i--) {
            PyObject o = items[i];
            items[i] = null;
            o.decref();
        }
    }

    @Override
    public void traverse(Visitor v) {
        for (int i = size - 1; i >= 0; i--) {
            v.visit(items[i]);
        }
    }

    /** Item access for the shared sequence helpers. */
    static PyObject[] view(PyObject list) {
        PyList l = (PyList) list;
        return Arrays.copyOf(l.items, l.size);
    }


    /**
     * An instance of a class deriving from {@code list} (Jython's "Derived" pattern): the builtin's
     * state plus the class and an instance dict.
     */
    public static final class Derived extends PyList implements DictOwner, ClassAssignable {
        private PyType type;
        private final PyDict dict = new PyDict();

        Derived(PyType type) {
            super();
            this.type = newRef(type);
            dict.embedIn();
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public void setType(PyType newType) {
            PyType old = type;
            type = newRef(newType);
            old.decref();
        }

        @Override
        public PyDict dict() {
            return dict;
        }

        @Override
        public void releaseReferences() {
            super.releaseReferences();
            dict.decref();
            type.decref();
        }

        @Override
        public void traverse(Visitor v) {
            InstanceTraversal.dictAndType(this, dict, type, v);
            super.traverse(v);
        }
    }
}
