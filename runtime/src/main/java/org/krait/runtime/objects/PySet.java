package org.krait.runtime.objects;

import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;

/**
 * {@code set}: CPython's open-addressing table (linear probes of 9 slots, then perturbation),
 * grown at the same fill ratio, so iteration order matches CPython's for equal hashes. The set
 * owns a reference to each key. CPython: Objects/setobject.c. Methods live in {@link SetMethods}.
 */
public class PySet extends org.krait.runtime.memory.GcObject {

    public static final PyType TYPE = PyType.builtin("set", PyType.OBJECT);
    /** {@code frozenset} shares this class: the same table, no mutating methods, hashable. */
    public static final PyType FROZEN_TYPE = PyType.builtin("frozenset", PyType.OBJECT);

    static {
        SetMethods.fill(TYPE, false);
        SetMethods.fill(FROZEN_TYPE, true);
        Pickling.setReduce(TYPE);
        Pickling.setReduce(FROZEN_TYPE);
        TYPE.define("__class_getitem__", org.krait.runtime.types.PyGenericAlias.classGetItem());
        FROZEN_TYPE.define("__class_getitem__", org.krait.runtime.types.PyGenericAlias.classGetItem());
    }

    private final boolean frozen;

    public PySet() {
        this(false);
    }

    /** An empty set, or frozenset when {@code frozen}. */
    public PySet(boolean frozen) {
        this.frozen = frozen;
        track();
    }

    public boolean isFrozen() {
        return frozen;
    }

    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** The key of a deleted slot. */
    private static final PyObject DUMMY = PyNoneType.NONE;

    private PyObject[] keys = new PyObject[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    /** Slots in use or dummy. */
    private int fill;
    /** Live keys. */
    private int used;

    @Override
    public PyType type() {
        return frozen ? FROZEN_TYPE : TYPE;
    }

    /** A set of the same kind as {@code like} (set or frozenset; subclasses give their base). */
    static PySet like(PySet like) {
        return new PySet(like.frozen);
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** CPython's frozenset hash: independent of insertion order. */
    long frozenHash() {
        long hash = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keyAt(i) != null) {
                hash ^= shuffle(hashes[i]);
            }
        }
        // CPython also xors in empty and deleted slots, then cancels them out: only live keys count.
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    public int size() {
        return used;
    }

    private int mask() {
        return keys.length - 1;
    }

    /** Adds {@code key} (borrowed); the set takes a reference when it was absent. */
    public void add(PyObject key) {
        long hash = ObjectOps.hash(key);
        int mask = mask();
        int i = (int) (hash & mask);
        int freeslot = -1;
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = keys[j];
                if (k == null) {
                    key.incref();
                    if (freeslot >= 0) {
                        keys[freeslot] = key;
                        hashes[freeslot] = hash;
                        used++;
                        return;
                    }
                    keys[j] = key;
                    hashes[j] = hash;
                    fill++;
                    used++;
                    if ((long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return;
                }
                if (k == DUMMY && hashes[j] == -1) {
                    if (freeslot < 0) {
                        freeslot = j;
                    }
                } else if (hashes[j] == hash && (k == key || ObjectOps.equal(k, key))) {
                    return;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** The slot holding {@code key}, or -1. */
    private int find(PyObject key, long hash) {
        int mask = mask();
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (!(k == DUMMY && hashes[j] == -1) && hashes[j] == hash && (k == key || ObjectOps.equal(k, key))) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    public boolean contains(PyObject key) {
        return find(key, ObjectOps.hash(key)) >= 0;
    }

    /** Removes {@code key}; false if absent. */
    public boolean discard(PyObject key) {
        int j = find(key, ObjectOps.hash(key));
        if (j < 0) {
            return false;
        }
        PyObject k = keys[j];
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        k.decref();
        return true;
    }

    /** Grows (or compacts) the table so that it holds {@code minused} keys comfortably. */
    void resize(int minused) {
        int newSize = MIN_SIZE;
        while (newSize <= minused) {
            newSize <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[newSize];
        hashes = new long[newSize];
        fill = used;
        int mask = newSize - 1;
        for (int s = 0; s < oldKeys.length; s++) {
            PyObject k = oldKeys[s];
            if (k == null || (k == DUMMY && oldHashes[s] == -1)) {
                continue;
            }
            long hash = oldHashes[s];
            int i = (int) (hash & mask);
            long perturb = hash;
            outer:
            while (true) {
                if (keys[i] == null) {
                    keys[i] = k;
                    hashes[i] = hash;
                    break;
                }
                if (i + LINEAR_PROBES <= mask) {
                    for (int j = 1; j <= LINEAR_PROBES; j++) {
                        if (keys[i + j] == null) {
                            keys[i + j] = k;
                            hashes[i + j] = hash;
                            break outer;
                        }
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /** Slot positions run from 0 to this bound; {@link #keyAt} is null where empty. */
    public int slotBound() {
        return keys.length;
    }

    /** The key in slot {@code i} (borrowed), or null for an empty or deleted slot. */
    public PyObject keyAt(int i) {
        PyObject k = keys[i];
        return k == null || (k == DUMMY && hashes[i] == -1) ? null : k;
    }

    /** Removes every key. */
    public void clear() {
        PyObject[] old = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        fill = 0;
        used = 0;
        for (int i = 0; i < old.length; i++) {
            if (old[i] != null && !(old[i] == DUMMY && oldHashes[i] == -1)) {
                old[i].decref();
            }
        }
    }

    /** Removes and returns an arbitrary key (the caller gets the set's reference), or null when empty. */
    PyObject popAny() {
        for (int i = 0; i < keys.length; i++) {
            PyObject k = keyAt(i);
            if (k != null) {
                keys[i] = DUMMY;
                hashes[i] = -1;
                used--;
                return k;
            }
        }
        return null;
    }

    @Override
    public void releaseReferences() {
        clear();
    }

    @Override
    public void traverse(Visitor v) {
        for (int i = 0; i < slotBound(); i++) {
            PyObject k = keyAt(i);
            if (k != null) {
                v.visit(k);
            }
        }
    }

    /**
     * An instance of a class deriving from {@code set} or {@code frozenset} (Jython's "Derived"
     * pattern): the builtin's state plus the class and an instance dict.
     */
    public static final class Derived extends PySet implements DictOwner, ClassAssignable {
        private PyType type;
        private final PyDict dict = new PyDict();

        Derived(PyType type, boolean frozen) {
            super(frozen);
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
