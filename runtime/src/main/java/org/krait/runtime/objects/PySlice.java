package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code slice(start, stop, step)}. CPython: Objects/sliceobject.c. */
public final class PySlice extends PyObject {

    public static final PyType TYPE = PyType.builtin("slice", PyType.OBJECT).finalType()
            .slot(Slot.REPR, (Signature.Unary) s -> {
                PySlice p = (PySlice) s;
                return PyStr.of("slice(" + ObjectOps.repr(p.start) + ", " + ObjectOps.repr(p.stop) + ", "
                        + ObjectOps.repr(p.step) + ")");
            })
            .slot(Slot.NEW, ArgSpec.positional(1, 3).checked("slice", (cls, a, kw) -> a.length == 1
                    ? new PySlice(PyNoneType.NONE, a[0], PyNoneType.NONE)
                    : new PySlice(a[0], a[1], a.length > 2 ? a[2] : PyNoneType.NONE)));

    static {
        TYPE.slot(Slot.GETATTRIBUTE, (Signature.Binary) (s, n) -> {
            PySlice p = (PySlice) s;
            switch (n.toString()) {
                case "start": return newRef(p.start);
                case "stop": return newRef(p.stop);
                case "step": return newRef(p.step);
                default: return ObjectOps.genericGetAttr(s, (PyStr) n, null);
            }
        });
        TYPE.method("indices", ArgSpec.ONE, (s, a, kw) -> {
            int[] r = ((PySlice) s).indices((int) NumberOps.index(a[0]).asLong());
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
        });
        TYPE.method("__reduce__", ArgSpec.NOARGS, (s, a, kw) -> {
            PyTuple parts = ((PySlice) s).parts();
            PyTuple r = PyTuple.of(TYPE, parts);
            parts.decref();
            return r;
        });
        Slot[] cmps = {Slot.LT, Slot.LE, Slot.EQ, Slot.NE, Slot.GT, Slot.GE};
        for (int i = 0; i < cmps.length; i++) {
            int op = i;
            TYPE.slot(cmps[i], (Signature.Binary) (a, b) -> b instanceof PySlice
                    ? ObjectOps.richCompare(((PySlice) a).parts(), ((PySlice) b).parts(), op) : PyNotImplementedType.NOT_IMPLEMENTED);
        }
        TYPE.slot(Slot.HASH, null);
    }

    private PyTuple parts() {
        return PyTuple.of(start, stop, step);
    }

    private final PyObject start;
    private final PyObject stop;
    private final PyObject step;

    /** A slice keeping references to its three parts (borrowed here). */
    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = newRef(start);
        this.stop = newRef(stop);
        this.step = newRef(step);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The start part as given (borrowed; None when omitted). */
    public PyObject start() {
        return start;
    }

    /** The stop part as given (borrowed). */
    public PyObject stop() {
        return stop;
    }

    /** The step part as given (borrowed). */
    public PyObject step() {
        return step;
    }

    /** The resolved bounds for a sequence of {@code length}: start, stop, step, slice length. */
    public int[] indices(int length) {
        int st = step == PyNoneType.NONE ? 1 : clamp(step);
        if (st == 0) {
            throw PythonException.valueError("slice step cannot be zero");
        }
        int lower = st < 0 ? -1 : 0;
        int upper = st < 0 ? length - 1 : length;
        int b = bound(start, st < 0 ? upper : lower, length, lower, upper);
        int e = bound(stop, st < 0 ? lower : upper, length, lower, upper);
        int n;
        if (st > 0) {
            n = b < e ? (e - b - 1) / st + 1 : 0;
        } else {
            n = e < b ? (b - e - 1) / (-st) + 1 : 0;
        }
        return new int[] {b, e, st, n};
    }

    private static int bound(PyObject v, int dflt, int length, int lower, int upper) {
        if (v == PyNoneType.NONE) {
            return dflt;
        }
        long i = clamp(v);
        if (i < 0) {
            i += length;
            return (int) Math.max(i, lower);
        }
        return (int) Math.min(i, upper);
    }

    private static int clamp(PyObject v) {
        if (!(v instanceof PyInt) && !v.type().has(Slot.INDEX)) {
            throw PythonException.typeError("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = NumberOps.index(v);
        if (!i.isLong()) {
            return i.signum() < 0 ? Integer.MIN_VALUE + 1 : Integer.MAX_VALUE;
        }
        long l = i.longValue();
        return (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE, l));
    }

    @Override
    public void releaseReferences() {
        start.decref();
        stop.decref();
        step.decref();
    }
}
