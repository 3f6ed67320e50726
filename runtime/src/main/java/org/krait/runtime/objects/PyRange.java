package org.krait.runtime.objects;

import java.math.BigInteger;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code range} (values that fit a long) and its iterator. CPython: Objects/rangeobject.c. */
public final class PyRange extends PyObject {

    public static final PyType TYPE = PyType.builtin("range", PyType.OBJECT).finalType();
    static final PyType ITERATOR = PyType.builtin("range_iterator", PyType.OBJECT);

    static {
        TYPE.slot(Slot.NEW, (Signature.Call) (cls, a, kw) -> construct(a));
        TYPE.slot(Slot.LEN, (Signature.Length) r -> (int) ((PyRange) r).length);
        TYPE.slot(Slot.ITER, (Signature.Unary) r -> new Iterator((PyRange) r));
        TYPE.slot(Slot.REPR, (Signature.Unary) r -> ((PyRange) r).repr());
        TYPE.slot(Slot.GETITEM, (Signature.Binary) (r, k) -> ((PyRange) r).item(k));
        TYPE.slot(Slot.CONTAINS, (Signature.Contains) (r, x) -> ((PyRange) r).contains(x));
        TYPE.slot(Slot.BOOL, (Signature.Predicate) r -> ((PyRange) r).length != 0);
        TYPE.slot(Slot.EQ, (Signature.Binary) (a, b) -> b instanceof PyRange ? PyBool.of(((PyRange) a).sameAs((PyRange) b))
                : PyNotImplementedType.NOT_IMPLEMENTED);
        TYPE.slot(Slot.NE, (Signature.Binary) (a, b) -> b instanceof PyRange ? PyBool.of(!((PyRange) a).sameAs((PyRange) b))
                : PyNotImplementedType.NOT_IMPLEMENTED);
        TYPE.slot(Slot.HASH, (Signature.Hash) r -> {
            PyRange x = (PyRange) r;
            PyTuple key = x.length == 0 ? PyTuple.of(PyInt.of(0), PyNoneType.NONE, PyNoneType.NONE)
                    : x.length == 1 ? PyTuple.of(PyInt.of(1), PyInt.of(x.start), PyNoneType.NONE)
                    : PyTuple.of(PyInt.of(x.length), PyInt.of(x.start), PyInt.of(x.step));
            return org.krait.runtime.ops.ObjectOps.hash(key);
        });
        TYPE.slot(Slot.GETATTRIBUTE, (Signature.Binary) (r, n) -> {
            PyRange x = (PyRange) r;
            switch (n.toString()) {
                case "start": return PyInt.of(x.start);
                case "stop": return PyInt.of(x.stop);
                case "step": return PyInt.of(x.step);
                default: return org.krait.runtime.ops.ObjectOps.genericGetAttr(r, (PyStr) n, null);
            }
        });
        TYPE.method("index", (r, a, kw) -> {
            PyRange x = (PyRange) r;
            if (!x.contains(a[0])) {
                throw PythonException.valueError(org.krait.runtime.ops.ObjectOps.repr(a[0]) + " is not in range");
            }
            return PyInt.of((((PyInt) a[0]).longValue() - x.start) / x.step);
        });
        TYPE.method("count", (r, a, kw) -> {
            PyRange x = (PyRange) r;
            if (a[0] instanceof PyInt) {
                return PyInt.of(x.contains(a[0]) ? 1 : 0);
            }
            long c = 0;
            for (long i = 0; i < x.length; i++) {
                if (org.krait.runtime.ops.ObjectOps.equal(PyInt.of(x.start + i * x.step), a[0])) {
                    c++;
                }
            }
            return PyInt.of(c);
        });
        ITERATOR.slot(Slot.ITER, (Signature.Unary) PyObject::newRef);
        ITERATOR.slot(Slot.NEXT, (Signature.Unary) it -> ((Iterator) it).nextOrNull());
    }

    private final long start;
    private final long stop;
    private final long step;
    private final long length;

    private PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            n = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        }
        this.length = n;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static long arg(PyObject o) {
        PyInt i = NumberOps.index(o);
        if (!i.isLong()) {
            throw PythonException.overflow("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    static PyObject construct(PyObject[] a) {
        if (a.length == 0) {
            throw PythonException.typeError("range expected at least 1 argument, got 0");
        }
        if (a.length > 3) {
            throw PythonException.typeError("range expected at most 3 arguments, got " + a.length);
        }
        if (a.length == 1) {
            return new PyRange(0, arg(a[0]), 1);
        }
        long step = a.length == 3 ? arg(a[2]) : 1;
        if (step == 0) {
            throw PythonException.valueError("range() arg 3 must not be zero");
        }
        return new PyRange(arg(a[0]), arg(a[1]), step);
    }

    private PyObject repr() {
        return PyStr.of("range(" + start + ", " + stop + (step == 1 ? "" : ", " + step) + ")");
    }

    private PyObject item(PyObject k) {
        if (k instanceof PySlice) {
            int[] s = ((PySlice) k).indices((int) length);
            return new PyRange(start + s[0] * step, start + s[1] * step, step * s[2]);
        }
        long i = arg(k);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw PythonException.indexError("range object index out of range");
        }
        return PyInt.of(start + i * step);
    }

    private boolean sameAs(PyRange o) {
        if (length != o.length) {
            return false;
        }
        if (length == 0) {
            return true;
        }
        return start == o.start && (length == 1 || step == o.step);
    }

    private boolean contains(PyObject x) {
        if (!(x instanceof PyInt)) {
            for (long i = 0; i < length; i++) {
                if (org.krait.runtime.ops.ObjectOps.equal(PyInt.of(start + i * step), x)) {
                    return true;
                }
            }
            return false;
        }
        BigInteger v = ((PyInt) x).bigValue();
        BigInteger b = BigInteger.valueOf(start);
        BigInteger e = BigInteger.valueOf(stop);
        if (step > 0 ? v.compareTo(b) < 0 || v.compareTo(e) >= 0 : v.compareTo(b) > 0 || v.compareTo(e) <= 0) {
            return false;
        }
        return v.subtract(b).mod(BigInteger.valueOf(Math.abs(step))).signum() == 0;
    }

    /** {@code range_iterator}. */
    /** {@code range_iterator}. */
    public static final class Iterator extends PyObject {
        private long next;
        private long remaining;
        private final long step;

        Iterator(PyRange r) {
            next = r.start;
            remaining = r.length;
            step = r.step;
        }

        @Override
        public PyType type() {
            return ITERATOR;
        }

        /** The next int (new reference), or null at the end. */
        public PyObject nextOrNull() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return PyInt.of(v);
        }
    }
}
