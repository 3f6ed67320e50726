package org.krait.runtime.objects;

import java.util.function.Function;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** Operations shared by the array-backed sequences {@code list} and {@code tuple}. */
final class SequenceItems {

    private SequenceItems() {
    }

    static boolean contains(PyObject[] items, int n, PyObject x) {
        for (int i = 0; i < n; i++) {
            if (ObjectOps.equal(items[i], x)) {
                return true;
            }
        }
        return false;
    }

    static boolean contains(PyObject[] items, PyObject x) {
        return contains(items, items.length, x);
    }

    /** {@code seq.index(x[, start[, stop]])} with CPython's clamping of negative bounds. */
    static int index(PyObject[] items, int n, PyObject[] a, String typeName) {
        PyObject x = a[0];
        int start = a.length > 1 ? bound(a[1], n) : 0;
        int stop = a.length > 2 ? bound(a[2], n) : n;
        for (int i = start; i < Math.min(stop, n); i++) {
            if (ObjectOps.equal(items[i], x)) {
                return i;
            }
        }
        throw PythonException.valueError(typeName.equals("list") ? ObjectOps.repr(x) + " is not in list"
                : "tuple.index(x): x not in tuple");
    }

    private static int bound(PyObject v, int n) {
        long i = org.krait.runtime.ops.NumberOps.index(v).isLong() ? org.krait.runtime.ops.NumberOps.index(v).longValue()
                : org.krait.runtime.ops.NumberOps.index(v).signum() * (long) Integer.MAX_VALUE;
        if (i < 0) {
            i = Math.max(0, i + n);
        }
        return (int) Math.min(i, n);
    }

    static int count(PyObject[] items, int n, PyObject x) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (ObjectOps.equal(items[i], x)) {
                c++;
            }
        }
        return c;
    }

    static int count(PyObject[] items, PyObject x) {
        return count(items, items.length, x);
    }

    /** Lexicographic comparisons for a type whose items {@code view} returns (exactly sized). */
    static void fillComparisons(PyType t, Function<PyObject, PyObject[]> view) {
        int[] ops = {ObjectOps.EQ, ObjectOps.NE, ObjectOps.LT, ObjectOps.LE, ObjectOps.GT, ObjectOps.GE};
        Slot[] slots = {Slot.EQ, Slot.NE, Slot.LT, Slot.LE, Slot.GT, Slot.GE};
        for (int k = 0; k < ops.length; k++) {
            int op = ops[k];
            t.slot(slots[k], (Signature.Binary) (a, b) -> {
                if (b.type() != a.type() && !b.type().isSubtypeOf(t)) {
                    return PyNotImplementedType.NOT_IMPLEMENTED;
                }
                return compare(view.apply(a), view.apply(b), op);
            });
        }
    }

    private static PyObject compare(PyObject[] v, PyObject[] w, int op) {
        int i = 0;
        while (i < v.length && i < w.length && ObjectOps.equal(v[i], w[i])) {
            i++;
        }
        if (i >= v.length || i >= w.length) {
            int c = Integer.compare(v.length, w.length);
            boolean r;
            switch (op) {
                case ObjectOps.LT: r = c < 0; break;
                case ObjectOps.LE: r = c <= 0; break;
                case ObjectOps.EQ: r = c == 0; break;
                case ObjectOps.NE: r = c != 0; break;
                case ObjectOps.GT: r = c > 0; break;
                default: r = c >= 0; break;
            }
            return PyBool.of(r);
        }
        if (op == ObjectOps.EQ) {
            return PyBool.FALSE;
        }
        if (op == ObjectOps.NE) {
            return PyBool.TRUE;
        }
        return ObjectOps.richCompare(v[i], w[i], op);
    }
}
