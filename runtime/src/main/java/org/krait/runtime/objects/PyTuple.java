package org.krait.runtime.objects;

import java.util.Arrays;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code tuple}: an immutable array owning its items. CPython: Objects/tupleobject.c. */
public class PyTuple extends org.krait.runtime.memory.GcObject {

    public static final PyType TYPE = PyType.builtin("tuple", PyType.OBJECT);

    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]).immortal();

    static {
        Pickling.getnewargs(TYPE, t -> PyTuple.of(((PyTuple) t).items));
        TYPE.define("__class_getitem__", org.krait.runtime.types.PyGenericAlias.classGetItem());
        TYPE.slot(Slot.LEN, (Signature.Length) t -> ((PyTuple) t).items.length);
        TYPE.slot(Slot.REPR, (Signature.Unary) t -> ((PyTuple) t).repr());
        TYPE.slot(Slot.HASH, (Signature.Hash) t -> ((PyTuple) t).hashValue());
        TYPE.slot(Slot.GETITEM, (Signature.Binary) (t, k) -> ((PyTuple) t).subscript(k));
        TYPE.slot(Slot.ITER, (Signature.Unary) t -> new PySequenceIterator(t, ((PyTuple) t).items.length));
        TYPE.slot(Slot.CONTAINS, (Signature.Contains) (t, x) -> SequenceItems.contains(((PyTuple) t).items, x));
        TYPE.slot(Slot.ADD, (Signature.SequenceOp) (a, b) -> {
            if (!(b instanceof PyTuple)) {
                throw PythonException.typeError("can only concatenate tuple (not \"" + b.type().name() + "\") to tuple");
            }
            return ((PyTuple) a).concat((PyTuple) b);
        });
        TYPE.slot(Slot.MUL, (Signature.SequenceOp) (a, n) -> ((PyTuple) a).repeat(n));
        TYPE.slot(Slot.RMUL, (Signature.SequenceOp) (a, n) -> ((PyTuple) a).repeat(n));
        SequenceItems.fillComparisons(TYPE, t -> ((PyTuple) t).items);
        TYPE.slot(Slot.NEW, ArgSpec.positional(0, 1).checked("tuple", (cls, args, kw) -> {
            if (cls != TYPE) {
                return new Derived((PyType) cls, args.length == 0 ? new PyObject[0] : IterOps.toArraySized(args[0]));
            }
            return args.length == 0 ? EMPTY
                    : args[0].getClass() == PyTuple.class ? newRef((PyTuple) args[0]) : fromArray(IterOps.toArraySized(args[0]));
        }));
        TYPE.method("index", ArgSpec.positional(1, 3), (self, a, kw) -> PyInt.of(SequenceItems.index(((PyTuple) self).items,
                ((PyTuple) self).items.length, a, "tuple")));
        TYPE.method("count", ArgSpec.ONE, (self, a, kw) -> PyInt.of(SequenceItems.count(((PyTuple) self).items, a[0])));
    }

    private final PyObject[] items;

    protected PyTuple(PyObject[] items) {
        this.items = items;
        // CPython untracks a tuple of atomic values at its first collection; Krait never tracks it.
        for (PyObject o : items) {
            if (mayBeTracked(o)) {
                track();
                break;
            }
        }
    }

    /** A tuple of {@code items} (borrowed: the tuple takes its own references). */
    public static PyTuple of(PyObject... items) {
        if (items.length == 0) {
            return EMPTY;
        }
        for (PyObject o : items) {
            o.incref();
        }
        return new PyTuple(items.clone());
    }

    /** A tuple taking over the references held by {@code items}, which must not be used again. */
    public static PyTuple fromArray(PyObject[] items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return items.length;
    }

    /** Item {@code i} (borrowed). */
    public PyObject getItem(int i) {
        return items[i];
    }

    /** A copy of the items (borrowed references). */
    public PyObject[] toArray() {
        return items.clone();
    }

    private PyObject subscript(PyObject key) {
        if (key instanceof PySlice) {
            int[] s = ((PySlice) key).indices(items.length);
            PyObject[] out = new PyObject[s[3]];
            for (int i = 0, j = s[0]; i < s[3]; i++, j += s[2]) {
                out[i] = newRef(items[j]);
            }
            return fromArray(out);
        }
        if (!(key instanceof PyInt) && !key.type().has(Slot.INDEX)) {
            throw PythonException.typeError("tuple indices must be integers or slices, not " + key.type().name());
        }
        long i = Clinic.itemIndex(key);
        if (i < 0) {
            i += items.length;
        }
        if (i < 0 || i >= items.length) {
            throw PythonException.indexError("tuple index out of range");
        }
        return newRef(items[(int) i]);
    }

    private PyObject concat(PyTuple b) {
        PyObject[] out = Arrays.copyOf(items, items.length + b.items.length);
        System.arraycopy(b.items, 0, out, items.length, b.items.length);
        return of(out);
    }

    private PyObject repeat(PyObject n) {
        long k = Allocation.repeatCount(n);
        if (k < 0) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        PyObject[] out = new PyObject[Allocation.repeated(items.length, k)];
        for (int at = 0; at < out.length; at += items.length) {
            System.arraycopy(items, 0, out, at, items.length);
        }
        return of(out);
    }

    private PyObject repr() {
        if (items.length == 0) {
            return PyStr.of("()");
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(ObjectOps.repr(items[i]));
        }
        return PyStr.of(sb.append(items.length == 1 ? ",)" : ")").toString());
    }

    private long hashValue() {
        long acc = 0x27D4EB2F165667C5L;
        for (PyObject o : items) {
            acc += ObjectOps.hash(o) * 0xC2B2AE3D27D4EB4FL;
            acc = Long.rotateLeft(acc, 31) * 0x9E3779B185EBCA87L;
        }
        acc += items.length ^ 0x27D4EB2F165667C5L ^ 3527539L;
        return acc == -1 ? 1546275796 : acc;
    }

    /** Drops the items last to first, as CPython's tupledealloc does. */
    @Override
    public void releaseReferences() {
        for (int i = items.length - 1; i >= 0; i--) {
            items[i].decref();
        }
    }

    @Override
    public void traverse(Visitor v) {
        for (int i = items.length - 1; i >= 0; i--) {
            v.visit(items[i]);
        }
    }

    /** A tuple cannot be emptied: the collector breaks cycles through it at the other objects. */
    @Override
    protected boolean clearable() {
        return false;
    }

    /**
     * An instance of a class deriving from {@code tuple} (Jython's "Derived" pattern): the builtin's
     * state plus the class and an instance dict.
     */
    public static final class Derived extends PyTuple implements DictOwner {
        private final PyType type;
        private final PyDict dict = new PyDict();

        Derived(PyType type, PyObject[] items) {
            super(items);
            this.type = newRef(type);
            dict.embedIn();
            track();
        }

        @Override
        public PyType type() {
            return type;
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
