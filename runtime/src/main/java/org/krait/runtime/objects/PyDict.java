package org.krait.runtime.objects;

import java.util.Arrays;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;

/**
 * {@code dict} with CPython's compact layout: a sparse index table of positions into dense,
 * insertion-ordered entry arrays. Deleting leaves a hole in the entries (and a dummy in the
 * index) until the next resize compacts them. The dict owns a reference to every key and value.
 * CPython: Objects/dictobject.c. Methods live in {@link DictMethods}.
 */
public class PyDict extends org.krait.runtime.memory.GcObject {

    public static final PyType TYPE = PyType.builtin("dict", PyType.OBJECT);

    static {
        DictMethods.fill(TYPE);
        TYPE.define("__class_getitem__", org.krait.runtime.types.PyGenericAlias.classGetItem());
    }

    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int MIN_SIZE = 8;

    private int[] indices = newIndices(MIN_SIZE);
    private long[] hashes = new long[usable(MIN_SIZE)];
    private PyObject[] keys = new PyObject[usable(MIN_SIZE)];
    private PyObject[] values = new PyObject[usable(MIN_SIZE)];
    /** Entries used, including holes left by deletion. */
    private int used;
    /** Live entries. */
    private int size;
    /**
     * Changes on every insertion or deletion of a key (not on value replacement), so while it is
     * unchanged a key stays at the same entry index: the interpreter's global-name caches rely on it.
     */
    private int version;

    public PyDict() {
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Whether this is exactly a dict (not an instance of a subclass). */
    public final boolean isExact() {
        return getClass() == PyDict.class;
    }

    private static int[] newIndices(int n) {
        int[] ix = new int[n];
        Arrays.fill(ix, EMPTY);
        return ix;
    }

    private static int usable(int n) {
        return (n << 1) / 3;
    }

    public int size() {
        return size;
    }

    /** Changes when keys are added or removed; iterators compare it. */
    public int version() {
        return version;
    }

    /** Index slot holding {@code key}, or the negative of (first free slot + 1) when absent. */
    private int findSlot(PyObject key, long hash) {
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        int freeSlot = -1;
        while (true) {
            int ix = indices[i];
            if (ix == EMPTY) {
                return -((freeSlot >= 0 ? freeSlot : i) + 1);
            }
            if (ix == DUMMY) {
                if (freeSlot < 0) {
                    freeSlot = i;
                }
            } else {
                PyObject k = keys[ix];
                if (k == key || (hashes[ix] == hash && keyEquals(k, key))) {
                    return i;
                }
            }
            perturb >>>= 5;
            i = (int) ((5L * i + perturb + 1) & mask);
        }
    }

    private static boolean keyEquals(PyObject a, PyObject b) {
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            return a.equals(b);
        }
        return ObjectOps.equal(a, b);
    }

    /** {@code hash(key)}, without the slot call for an exact str (the usual key). */
    private static long hashOf(PyObject key) {
        return key.getClass() == PyStr.class ? ((PyStr) key).__hash__() : ObjectOps.hash(key);
    }

    /** The value for {@code key} (borrowed), or null. */
    public PyObject getItem(PyObject key) {
        long h = hashOf(key);
        int slot = findSlot(key, h);
        return slot < 0 ? null : values[indices[slot]];
    }

    /** The value for a Java string key (borrowed), or null. */
    public PyObject getItem(String key) {
        return getItem(PyStr.of(key));
    }

    /** {@code self[key] = value}; the dict takes its own references. */
    public void setItem(PyObject key, PyObject value) {
        long h = hashOf(key);
        int slot = findSlot(key, h);
        value.incref();
        if (!isTracked() && !isEmbedded() && (mayBeTracked(value) || mayBeTracked(key))) {
            // CPython's MAINTAIN_TRACKING: a dict of atomic values stays out of the collector's way.
            track();
        }
        if (slot >= 0) {
            int ix = indices[slot];
            PyObject old = values[ix];
            values[ix] = value;
            old.decref();
            return;
        }
        key.incref();
        if (used == keys.length) {
            resize(Math.max(MIN_SIZE, Integer.highestOneBit(Math.max(size * 3, 1)) << 1));
            slot = findSlot(key, h);
        }
        int free = -slot - 1;
        indices[free] = used;
        hashes[used] = h;
        keys[used] = key;
        values[used] = value;
        used++;
        size++;
        version++;
    }

    /** {@code self[key] = value} for a Java string key. */
    public void setItem(String key, PyObject value) {
        PyStr k = PyStr.of(key);
        setItem(k, value);
        k.decref();
    }

    /** Removes {@code key}; false if it was absent. */
    public boolean delItemIfPresent(PyObject key) {
        long h = hashOf(key);
        int slot = findSlot(key, h);
        if (slot < 0) {
            return false;
        }
        int ix = indices[slot];
        indices[slot] = DUMMY;
        PyObject k = keys[ix];
        PyObject v = values[ix];
        keys[ix] = null;
        values[ix] = null;
        size--;
        version++;
        k.decref();
        v.decref();
        return true;
    }

    private void resize(int newSize) {
        int n = MIN_SIZE;
        while (usable(n) <= size) {
            n <<= 1;
        }
        n = Math.max(n, newSize);
        long[] oh = hashes;
        PyObject[] ok = keys;
        PyObject[] ov = values;
        int oldUsed = used;
        indices = newIndices(n);
        hashes = new long[usable(n)];
        keys = new PyObject[usable(n)];
        values = new PyObject[usable(n)];
        used = 0;
        int mask = n - 1;
        for (int j = 0; j < oldUsed; j++) {
            if (ok[j] == null) {
                continue;
            }
            long perturb = oh[j];
            int i = (int) (oh[j] & mask);
            while (indices[i] != EMPTY) {
                perturb >>>= 5;
                i = (int) ((5L * i + perturb + 1) & mask);
            }
            indices[i] = used;
            hashes[used] = oh[j];
            keys[used] = ok[j];
            values[used] = ov[j];
            used++;
        }
    }

    /** Removes every entry. */
    public void clear() {
        PyObject[] ok = keys;
        PyObject[] ov = values;
        int n = used;
        indices = newIndices(MIN_SIZE);
        hashes = new long[usable(MIN_SIZE)];
        keys = new PyObject[usable(MIN_SIZE)];
        values = new PyObject[usable(MIN_SIZE)];
        used = 0;
        size = 0;
        version++;
        for (int i = 0; i < n; i++) {
            if (ok[i] != null) {
                ok[i].decref();
                ov[i].decref();
            }
        }
    }

    /** Entry positions run from 0 to this bound; {@link #keyAt} is null at holes. */
    public int entryBound() {
        return used;
    }

    /** The key of entry {@code i} (borrowed), or null for a hole. */
    public PyObject keyAt(int i) {
        return i < used ? keys[i] : null;
    }

    /** The value of entry {@code i} (borrowed), or null for a hole. */
    public PyObject valueAt(int i) {
        return i < used ? values[i] : null;
    }

    /**
     * Replaces the value of the live entry {@code i} (as {@code setItem} of its key would); the
     * dict takes its own reference to {@code value}. Keys do not change, so neither does the version.
     */
    public void replaceValueAt(int i, PyObject value) {
        value.incref();
        PyObject old = values[i];
        values[i] = value;
        old.decref();
    }

    /** The entry index of {@code key} (see {@link #valueAt}), or -1 when absent. */
    public int entryIndex(PyObject key) {
        int slot = findSlot(key, hashOf(key));
        return slot < 0 ? -1 : indices[slot];
    }

    /** Makes this dict the {@code __dict__} of an instance, traversed through it and never tracked. */
    public void embedIn() {
        embed();
    }

    @Override
    public void traverse(Visitor v) {
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                v.visit(values[i]);
                if (keys[i].getClass() != PyStr.class) {
                    v.visit(keys[i]);
                }
            }
        }
    }

    /** The values only, for the instance owning this dict (CPython's managed dict values). */
    public void traverseValues(Visitor v) {
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                v.visit(values[i]);
            }
        }
    }

    @Override
    protected void clearReferences() {
        clear();
    }

    @Override
    public void releaseReferences() {
        version++;
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                keys[i].decref();
                values[i].decref();
                keys[i] = null;
                values[i] = null;
            }
        }
    }

    /**
     * An instance of a class deriving from {@code dict} (Jython's "Derived" pattern): the builtin's
     * state plus the class and an instance dict.
     */
    /**
     * {@code {**src}} and {@code f(**src)}: merges the mapping {@code src} as {@code dict.update}
     * does; with {@code onDuplicate} a key already here is reported instead of replaced.
     */
    public void mergeMapping(PyObject src, java.util.function.Consumer<PyObject> onDuplicate) {
        DictMethods.mergeMapping(this, src, onDuplicate);
    }

    public static final class Derived extends PyDict implements DictOwner, ClassAssignable {
        private PyType type;
        private final PyDict dict = new PyDict();

        Derived(PyType type) {
            super();
            this.type = newRef(type);
            dict.embedIn();
            track();
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
