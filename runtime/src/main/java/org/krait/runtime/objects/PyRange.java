package org.krait.runtime.objects;

import java.math.BigInteger;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code range} and its iterators. CPython: Objects/rangeobject.c.
 *
 * <p>Invariant: when start, stop, step and the length all fit a long, {@link #big} is null and
 * the long fields hold them (the fast path every ordinary loop takes); otherwise {@code big}
 * holds the four as BigIntegers and the long fields are unused. The length is computed once.
 */
public final class PyRange extends PyObject {

    public static final PyType TYPE = PyType.builtin("range", PyType.OBJECT).finalType();
    static final PyType ITERATOR = PyType.builtin("range_iterator", PyType.OBJECT).finalType();
    static final PyType LONG_ITERATOR = PyType.builtin("longrange_iterator", PyType.OBJECT).finalType();

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static {
        TYPE.slot(Slot.NEW, (Signature.Call) (cls, a, kw) -> construct(a, kw));
        TYPE.slot(Slot.LEN, (Signature.Length) r -> ((PyRange) r).intLength());
        TYPE.slot(Slot.ITER, (Signature.Unary) r -> ((PyRange) r).iterator(false));
        TYPE.slot(Slot.REPR, (Signature.Unary) r -> ((PyRange) r).repr());
        TYPE.slot(Slot.GETITEM, (Signature.Binary) (r, k) -> ((PyRange) r).item(k));
        TYPE.slot(Slot.CONTAINS, (Signature.Contains) (r, x) -> ((PyRange) r).contains(x));
        TYPE.slot(Slot.BOOL, (Signature.Predicate) r -> ((PyRange) r).bigLength().signum() != 0);
        TYPE.slot(Slot.EQ, (Signature.Binary) (a, b) -> b instanceof PyRange ? PyBool.of(((PyRange) a).sameAs((PyRange) b))
                : PyNotImplementedType.NOT_IMPLEMENTED);
        TYPE.slot(Slot.NE, (Signature.Binary) (a, b) -> b instanceof PyRange ? PyBool.of(!((PyRange) a).sameAs((PyRange) b))
                : PyNotImplementedType.NOT_IMPLEMENTED);
        TYPE.slot(Slot.HASH, (Signature.Hash) r -> ((PyRange) r).hashValue());
        TYPE.slot(Slot.GETATTRIBUTE, (Signature.Binary) (r, n) -> {
            PyRange x = (PyRange) r;
            switch (n.toString()) {
                case "start": return x.start();
                case "stop": return x.stop();
                case "step": return x.step();
                default: return ObjectOps.genericGetAttr(r, (PyStr) n, null);
            }
        });
        TYPE.method("index", ArgSpec.ONE, (r, a, kw) -> ((PyRange) r).index(a[0]));
        TYPE.method("count", ArgSpec.ONE, (r, a, kw) -> ((PyRange) r).count(a[0]));
        TYPE.method("__reversed__", ArgSpec.NOARGS, (r, a, kw) -> ((PyRange) r).iterator(true));
        TYPE.method("__reduce__", ArgSpec.NOARGS, (r, a, kw) -> {
            PyRange x = (PyRange) r;
            PyTuple args = PyTuple.fromArray(new PyObject[] {x.start(), x.stop(), x.step()});
            PyTuple t = PyTuple.of(TYPE, args);
            args.decref();
            return t;
        });
        ITERATOR.slot(Slot.ITER, (Signature.Unary) PyObject::newRef);
        ITERATOR.slot(Slot.NEXT, (Signature.Unary) it -> ((Iterator) it).nextOrNull());
        ITERATOR.method("__length_hint__", ArgSpec.NOARGS, (it, a, kw) -> PyInt.of(((Iterator) it).remaining));
        LONG_ITERATOR.slot(Slot.ITER, (Signature.Unary) PyObject::newRef);
        LONG_ITERATOR.slot(Slot.NEXT, (Signature.Unary) it -> ((LongIterator) it).next());
        LONG_ITERATOR.method("__length_hint__", ArgSpec.NOARGS, (it, a, kw) -> PyInt.of(((LongIterator) it).remaining));
    }

    private final long start;
    private final long stop;
    private final long step;
    private final long length;
    /** Start, stop, step and length when one of them does not fit a long; else null. */
    private final BigInteger[] big;

    private PyRange(long start, long stop, long step, long length) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = length;
        this.big = null;
    }

    private PyRange(BigInteger[] big) {
        this.start = 0;
        this.stop = 0;
        this.step = 0;
        this.length = 0;
        this.big = big;
    }

    /** A range of these bounds, in the long form when everything fits. */
    private static PyRange of(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger n = lengthOf(start, stop, step);
        if (fits(start) && fits(stop) && fits(step) && fits(n)) {
            return new PyRange(start.longValue(), stop.longValue(), step.longValue(), n.longValue());
        }
        return new PyRange(new BigInteger[] {start, stop, step, n});
    }

    /** A range of long bounds; the long form unless the length itself exceeds a long. */
    private static PyRange of(long start, long stop, long step) {
        if (step > 0 ? start >= stop : start <= stop) {
            return new PyRange(start, stop, step, 0);
        }
        // stop - start - 1 wraps to a negative long exactly when its true value exceeds Long.MAX_VALUE.
        long diff = step > 0 ? stop - start - 1 : start - stop - 1;
        long s = step > 0 ? step : -step;
        if (diff < 0 || s < 0 || diff / s == Long.MAX_VALUE) {
            return of(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step));
        }
        return new PyRange(start, stop, step, diff / s + 1);
    }

    private static boolean fits(BigInteger v) {
        return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0;
    }

    /** {@code compute_range_length}: max(0, ceil((stop - start) / step)). */
    private static BigInteger lengthOf(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger lo = step.signum() > 0 ? start : stop;
        BigInteger hi = step.signum() > 0 ? stop : start;
        if (lo.compareTo(hi) >= 0) {
            return BigInteger.ZERO;
        }
        return hi.subtract(lo).subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private BigInteger bigStart() {
        return big != null ? big[0] : BigInteger.valueOf(start);
    }

    private BigInteger bigStop() {
        return big != null ? big[1] : BigInteger.valueOf(stop);
    }

    private BigInteger bigStep() {
        return big != null ? big[2] : BigInteger.valueOf(step);
    }

    private BigInteger bigLength() {
        return big != null ? big[3] : BigInteger.valueOf(length);
    }

    private PyInt start() {
        return big != null ? PyInt.of(big[0]) : PyInt.of(start);
    }

    private PyInt stop() {
        return big != null ? PyInt.of(big[1]) : PyInt.of(stop);
    }

    private PyInt step() {
        return big != null ? PyInt.of(big[2]) : PyInt.of(step);
    }

    /** {@code len(r)} as Python sees it: OverflowError beyond {@code sys.maxsize}. */
    public PyInt len() {
        return PyInt.of(size());
    }

    /** The length as a long: OverflowError beyond {@code sys.maxsize}. */
    public long size() {
        if (big == null) {
            return length;
        }
        if (!fits(big[3])) {
            throw PythonException.overflow("Python int too large to convert to C ssize_t");
        }
        return big[3].longValue();
    }

    /** The length for the {@code __len__} slot, whose result is a Java int. */
    private int intLength() {
        long n = size();
        if (n > Integer.MAX_VALUE) {
            throw PythonException.overflow("Python int too large to convert to C ssize_t");
        }
        return (int) n;
    }

    private static BigInteger arg(PyObject o) {
        return NumberOps.index(o).bigValue();
    }

    static PyObject construct(PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PythonException.typeError("range() takes no keyword arguments");
        }
        if (a.length == 0) {
            throw PythonException.typeError("range expected at least 1 argument, got 0");
        }
        if (a.length > 3) {
            throw PythonException.typeError("range expected at most 3 arguments, got " + a.length);
        }
        PyInt[] v = new PyInt[a.length];
        boolean allLong = true;
        for (int i = 0; i < a.length; i++) {
            v[i] = NumberOps.index(a[i]);
            allLong &= v[i].isLong();
        }
        if (a.length == 3 && v[2].signum() == 0) {
            throw PythonException.valueError("range() arg 3 must not be zero");
        }
        if (allLong) {
            return a.length == 1 ? of(0, v[0].longValue(), 1)
                    : of(v[0].longValue(), v[1].longValue(), a.length == 3 ? v[2].longValue() : 1);
        }
        return a.length == 1 ? of(BigInteger.ZERO, v[0].bigValue(), BigInteger.ONE)
                : of(v[0].bigValue(), v[1].bigValue(), a.length == 3 ? v[2].bigValue() : BigInteger.ONE);
    }

    private PyObject repr() {
        BigInteger st = bigStep();
        return PyStr.of("range(" + bigStart() + ", " + bigStop() + (st.equals(BigInteger.ONE) ? "" : ", " + st) + ")");
    }

    /** {@code r[i]} of an index already known to be in range. */
    private PyInt at(BigInteger i) {
        if (big == null) {
            return PyInt.of(start + i.longValue() * step);
        }
        return PyInt.of(big[0].add(i.multiply(big[2])));
    }

    private PyObject item(PyObject k) {
        if (k instanceof PySlice) {
            return slice((PySlice) k);
        }
        if (!(k instanceof PyInt) && !k.type().has(Slot.INDEX)) {
            throw PythonException.typeError("range indices must be integers or slices, not " + k.type().name());
        }
        PyInt idx = NumberOps.index(k);
        if (big == null && idx.isLong()) {
            long i = idx.longValue();
            if (i < 0) {
                i += length;
            }
            if (i < 0 || i >= length) {
                throw PythonException.indexError("range object index out of range");
            }
            return PyInt.of(start + i * step);
        }
        BigInteger i = idx.bigValue();
        BigInteger n = bigLength();
        if (i.signum() < 0) {
            i = i.add(n);
        }
        if (i.signum() < 0 || i.compareTo(n) >= 0) {
            throw PythonException.indexError("range object index out of range");
        }
        return at(i);
    }

    /** {@code r[a:b:c]}: the sub-range, by CPython's slice rules over arbitrary lengths. */
    private PyObject slice(PySlice s) {
        BigInteger n = bigLength();
        BigInteger st = s.step() == PyNoneType.NONE ? BigInteger.ONE : sliceIndex(s.step());
        if (st.signum() == 0) {
            throw PythonException.valueError("slice step cannot be zero");
        }
        boolean back = st.signum() < 0;
        BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = back ? n.subtract(BigInteger.ONE) : n;
        BigInteger from = s.start() == PyNoneType.NONE ? (back ? upper : lower) : clampIndex(sliceIndex(s.start()), n, lower, upper);
        BigInteger to = s.stop() == PyNoneType.NONE ? (back ? lower : upper) : clampIndex(sliceIndex(s.stop()), n, lower, upper);
        BigInteger step0 = bigStep();
        BigInteger base = bigStart();
        return of(base.add(from.multiply(step0)), base.add(to.multiply(step0)), step0.multiply(st));
    }

    private static BigInteger sliceIndex(PyObject o) {
        if (!(o instanceof PyInt) && !o.type().has(Slot.INDEX)) {
            throw PythonException.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return NumberOps.index(o).bigValue();
    }

    private static BigInteger clampIndex(BigInteger i, BigInteger n, BigInteger lower, BigInteger upper) {
        if (i.signum() < 0) {
            i = i.add(n);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

    private boolean sameAs(PyRange o) {
        BigInteger n = bigLength();
        if (!n.equals(o.bigLength())) {
            return false;
        }
        if (n.signum() == 0) {
            return true;
        }
        return bigStart().equals(o.bigStart()) && (n.equals(BigInteger.ONE) || bigStep().equals(o.bigStep()));
    }

    private long hashValue() {
        BigInteger n = bigLength();
        PyObject[] key = n.signum() == 0 ? new PyObject[] {PyInt.of(0), PyNoneType.NONE, PyNoneType.NONE}
                : n.equals(BigInteger.ONE) ? new PyObject[] {PyInt.of(1), start(), PyNoneType.NONE}
                : new PyObject[] {PyInt.of(n), start(), step()};
        PyTuple t = PyTuple.fromArray(key);
        try {
            return ObjectOps.hash(t);
        } finally {
            t.decref();
        }
    }

    /** The position of int {@code v} in this range, or null when it is not an element. */
    private BigInteger position(PyInt v) {
        if (big == null && v.isLong() && step != Long.MIN_VALUE) {
            long x = v.longValue();
            if (step > 0 ? x < start || x >= stop : x > start || x <= stop) {
                return null;
            }
            // Inside the range, x - start has the sign of step and fits in a long unless the range spans
            // more than Long.MAX_VALUE; then the BigInteger path below decides.
            long d = x - start;
            if (step > 0 ? d >= 0 : d <= 0) {
                return d % step == 0 ? BigInteger.valueOf(d / step) : null;
            }
        }
        BigInteger x = v.bigValue();
        BigInteger b = bigStart();
        BigInteger e = bigStop();
        BigInteger st = bigStep();
        if (st.signum() > 0 ? x.compareTo(b) < 0 || x.compareTo(e) >= 0 : x.compareTo(b) > 0 || x.compareTo(e) <= 0) {
            return null;
        }
        BigInteger[] qr = x.subtract(b).divideAndRemainder(st);
        return qr[1].signum() == 0 ? qr[0] : null;
    }

    private boolean contains(PyObject x) {
        if (x instanceof PyInt) {
            return position((PyInt) x) != null;
        }
        return countOf(x) > 0;
    }

    private PyObject index(PyObject x) {
        if (x instanceof PyInt) {
            BigInteger p = position((PyInt) x);
            if (p != null) {
                return PyInt.of(p);
            }
        } else {
            BigInteger n = bigLength();
            for (BigInteger i = BigInteger.ZERO; i.compareTo(n) < 0; i = i.add(BigInteger.ONE)) {
                PyInt v = at(i);
                boolean eq = ObjectOps.equal(v, x);
                v.decref();
                if (eq) {
                    return PyInt.of(i);
                }
            }
        }
        throw PythonException.valueError(ObjectOps.repr(x) + " is not in range");
    }

    private PyObject count(PyObject x) {
        return PyInt.of(countOf(x));
    }

    /** How many elements equal {@code x}: 0 or 1 for an int, a scan for anything else. */
    private long countOf(PyObject x) {
        if (x instanceof PyInt) {
            return position((PyInt) x) != null ? 1 : 0;
        }
        long c = 0;
        BigInteger n = bigLength();
        for (BigInteger i = BigInteger.ZERO; i.compareTo(n) < 0; i = i.add(BigInteger.ONE)) {
            PyInt v = at(i);
            if (ObjectOps.equal(v, x)) {
                c++;
            }
            v.decref();
        }
        return c;
    }

    /** An iterator forward or (for {@code reversed}) backward; the long one when everything fits. */
    private PyObject iterator(boolean reverse) {
        if (big == null) {
            if (!reverse) {
                return new Iterator(start, step, length);
            }
            if (length == 0) {
                return new Iterator(start, -step, 0);
            }
            // The last element and the negated step both fit unless step is Long.MIN_VALUE.
            if (step != Long.MIN_VALUE) {
                return new Iterator(start + (length - 1) * step, -step, length);
            }
        }
        BigInteger n = bigLength();
        if (!reverse) {
            return new LongIterator(bigStart(), bigStep(), n);
        }
        BigInteger last = bigStart().add(n.subtract(BigInteger.ONE).multiply(bigStep()));
        return new LongIterator(n.signum() == 0 ? bigStart() : last, bigStep().negate(), n);
    }

    /** {@code range_iterator}: the long fast path. */
    public static final class Iterator extends PyObject {
        private long next;
        private long remaining;
        private final long step;

        Iterator(long first, long step, long count) {
            this.next = first;
            this.step = step;
            this.remaining = count;
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

    /** {@code longrange_iterator}: a range whose values or length do not all fit a long. */
    static final class LongIterator extends PyObject {
        private BigInteger next;
        private BigInteger remaining;
        private final BigInteger step;

        LongIterator(BigInteger first, BigInteger step, BigInteger count) {
            this.next = first;
            this.step = step;
            this.remaining = count;
        }

        @Override
        public PyType type() {
            return LONG_ITERATOR;
        }

        PyObject next() {
            if (remaining.signum() <= 0) {
                return null;
            }
            remaining = remaining.subtract(BigInteger.ONE);
            BigInteger v = next;
            next = next.add(step);
            return PyInt.of(v);
        }
    }
}
