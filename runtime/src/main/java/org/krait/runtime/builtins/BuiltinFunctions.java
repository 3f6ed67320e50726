package org.krait.runtime.builtins;

import org.krait.runtime.numbers.IntText;
import org.krait.runtime.numbers.NumericError;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.ops.SequenceOps;
import org.krait.runtime.types.PyType;

/**
 * The builtin functions that need no interpreter state: numbers, sequences, attributes and
 * types. CPython: Python/bltinmodule.c. Each takes vectorcall arguments and returns a new reference.
 */
final class BuiltinFunctions {

    private BuiltinFunctions() {
    }

    private static PyObject kwarg(PyObject[] a, String[] kw, String name) {
        if (kw == null) {
            return null;
        }
        for (int i = 0; i < kw.length; i++) {
            if (kw[i].equals(name)) {
                return a[a.length - kw.length + i];
            }
        }
        return null;
    }

    private static void onlyKeywords(String fn, String[] kw, String... allowed) {
        if (kw == null) {
            return;
        }
        outer:
        for (String k : kw) {
            for (String ok : allowed) {
                if (k.equals(ok)) {
                    continue outer;
                }
            }
            throw PythonException.typeError("'" + k + "' is an invalid keyword argument for " + fn + "()");
        }
    }

    static PyObject len(PyObject self, PyObject[] a, String[] kw) {
        if (a[0] instanceof org.krait.runtime.objects.PyRange) {
            // A range's length may exceed the int that the __len__ slot returns.
            return ((org.krait.runtime.objects.PyRange) a[0]).len();
        }
        return PyInt.of(SequenceOps.length(a[0]));
    }

    static PyObject repr(PyObject self, PyObject[] a, String[] kw) {
        return ObjectOps.repr(a[0]);
    }

    static PyObject abs(PyObject self, PyObject[] a, String[] kw) {
        return NumberOps.absolute(a[0]);
    }

    static PyObject hash(PyObject self, PyObject[] a, String[] kw) {
        return PyInt.of(ObjectOps.hash(a[0]));
    }

    static PyObject id(PyObject self, PyObject[] a, String[] kw) {
        return PyInt.of(System.identityHashCode(a[0]) & 0xffffffffL);
    }

    static PyObject iter(PyObject self, PyObject[] a, String[] kw) {
        return IterOps.iter(a[0]);
    }

    static PyObject next(PyObject self, PyObject[] a, String[] kw) {
        if (!a[0].type().has(org.krait.runtime.types.Slot.NEXT)) {
            throw PythonException.typeError("'" + a[0].type().name() + "' object is not an iterator");
        }
        PyObject v;
        try {
            v = a[0].type().unary(org.krait.runtime.types.Slot.NEXT).apply(a[0]);
        } catch (PythonException e) {
            if (a.length > 1 && e.matches(ExceptionTypes.STOP_ITERATION)) {
                return PyObject.newRef(a[1]);
            }
            throw e;
        }
        if (v == null) {
            if (a.length > 1) {
                return PyObject.newRef(a[1]);
            }
            throw PythonException.stopIteration();
        }
        return v;
    }

    static PyObject isinstance(PyObject self, PyObject[] a, String[] kw) {
        return PyBool.of(org.krait.runtime.types.Subclassing.isInstance(a[0], a[1]));
    }

    static PyObject issubclass(PyObject self, PyObject[] a, String[] kw) {
        return PyBool.of(org.krait.runtime.types.Subclassing.isSubclass(a[0], a[1]));
    }

    static PyObject callable(PyObject self, PyObject[] a, String[] kw) {
        return PyBool.of(a[0].type().has(org.krait.runtime.types.Slot.CALL));
    }

    /** The name argument of getattr, setattr, delattr and hasattr. */
    private static PyStr attributeName(PyObject name) {
        if (!(name instanceof PyStr)) {
            throw PythonException.typeError("attribute name must be string, not '" + name.type().name() + "'");
        }
        return (PyStr) name;
    }

    static PyObject getattr(PyObject self, PyObject[] a, String[] kw) {
        PyStr name = attributeName(a[1]);
        if (a.length == 3) {
            PyObject v = ObjectOps.lookupAttr(a[0], name);
            return v != null ? v : PyObject.newRef(a[2]);
        }
        return ObjectOps.getAttr(a[0], name);
    }

    static PyObject setattr(PyObject self, PyObject[] a, String[] kw) {
        ObjectOps.setAttr(a[0], attributeName(a[1]), a[2]);
        return PyNoneType.NONE;
    }

    static PyObject delattr(PyObject self, PyObject[] a, String[] kw) {
        ObjectOps.delAttr(a[0], attributeName(a[1]));
        return PyNoneType.NONE;
    }

    static PyObject hasattr(PyObject self, PyObject[] a, String[] kw) {
        PyObject v = ObjectOps.lookupAttr(a[0], attributeName(a[1]));
        if (v == null) {
            return PyBool.FALSE;
        }
        v.decref();
        return PyBool.TRUE;
    }

    /** min() and max(): {@code op} is LT for min, GT for max. */
    static PyObject minmax(String name, int op, PyObject[] a, String[] kw) {
        onlyKeywords(name, kw, "key", "default");
        PyObject key = kwarg(a, kw, "key");
        PyObject dflt = kwarg(a, kw, "default");
        int npos = CallOps.positional(a, kw);
        if (npos == 0) {
            throw PythonException.typeError(name + " expected at least 1 argument, got 0");
        }
        if (npos > 1 && dflt != null) {
            throw PythonException.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        if (key == PyNoneType.NONE) {
            key = null;
        }
        // As CPython: items are read one at a time, each key made as its item comes.
        PyObject it = npos == 1 ? IterOps.iter(a[0]) : null;
        PyObject best = null;
        PyObject bestKey = null;
        try {
            for (int i = 0;; i++) {
                PyObject x;
                if (it != null) {
                    x = IterOps.next(it);
                } else {
                    x = i < npos ? PyObject.newRef(a[i]) : null;
                }
                if (x == null) {
                    break;
                }
                PyObject k;
                try {
                    k = key == null ? PyObject.newRef(x) : CallOps.call(key, x);
                } catch (RuntimeException e) {
                    x.decref();
                    throw e;
                }
                boolean better;
                try {
                    better = best == null || ObjectOps.compareBool(k, bestKey, op);
                } catch (RuntimeException e) {
                    x.decref();
                    k.decref();
                    throw e;
                }
                if (better) {
                    PyObject.xdecref(best);
                    PyObject.xdecref(bestKey);
                    best = x;
                    bestKey = k;
                } else {
                    x.decref();
                    k.decref();
                }
            }
        } catch (RuntimeException e) {
            PyObject.xdecref(best);
            PyObject.xdecref(bestKey);
            throw e;
        } finally {
            if (it != null) {
                it.decref();
            }
        }
        if (best == null) {
            if (dflt != null) {
                return PyObject.newRef(dflt);
            }
            throw PythonException.valueError(name + "() arg is an empty sequence");
        }
        bestKey.decref();
        return best;
    }

    /** {@code sum(iterable, /, start=0)}, its arguments bound by position. */
    static PyObject sum(PyObject self, PyObject[] a, String[] kw) {
        PyObject start = a.length > 1 ? a[1] : null;
        PyObject acc = start == null ? PyInt.of(0) : PyObject.newRef(start);
        if (acc instanceof PyStr) {
            throw PythonException.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        PyObject it = IterOps.iter(a[0]);
        try {
            PyObject x;
            while ((x = IterOps.next(it)) != null) {
                PyObject r;
                try {
                    r = NumberOps.binary(NumberOps.Op.ADD, acc, x);
                } catch (RuntimeException e) {
                    acc.decref();
                    throw e;
                } finally {
                    x.decref();
                }
                acc.decref();
                acc = r;
            }
            return acc;
        } finally {
            it.decref();
        }
    }

    static PyObject sorted(PyObject self, PyObject[] a, String[] kw) {
        onlyKeywords("sort", kw, "key", "reverse");
        if (CallOps.positional(a, kw) != 1) {
            throw PythonException.typeError("sorted expected 1 argument, got " + CallOps.positional(a, kw));
        }
        PyList l = new PyList();
        try {
            l.extend(a[0]);
            PyObject sort = ObjectOps.getAttr(l, "sort");
            try {
                PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
                CallOps.call(sort, rest, kw).decref();
            } finally {
                sort.decref();
            }
        } catch (RuntimeException e) {
            l.decref();
            throw e;
        }
        return l;
    }

    /** {@code aiter(async_iterable)}. */
    static PyObject aiter(PyObject self, PyObject[] a, String[] kw) {
        org.krait.runtime.types.Signature.Unary f = a[0].type().unary(org.krait.runtime.types.Slot.AITER);
        if (f == null) {
            throw PythonException.typeError("'" + a[0].type().name() + "' object is not an async iterable");
        }
        PyObject it = f.apply(a[0]);
        if (!it.type().has(org.krait.runtime.types.Slot.ANEXT)) {
            String t = it.type().name();
            it.decref();
            throw PythonException.typeError("aiter() returned not an async iterator of type '" + t + "'");
        }
        return it;
    }

    /** {@code anext(async_iterator[, default])}: the awaitable of the next item. */
    static PyObject anext(PyObject self, PyObject[] a, String[] kw) {
        org.krait.runtime.types.Signature.Unary f = a[0].type().unary(org.krait.runtime.types.Slot.ANEXT);
        if (f == null) {
            throw PythonException.typeError("'" + a[0].type().name() + "' object is not an async iterator");
        }
        PyObject awaitable = f.apply(a[0]);
        if (a.length == 1) {
            return awaitable;
        }
        PyObject r = new org.krait.runtime.objects.PyAnextAwaitable(awaitable, a[1]);
        awaitable.decref();
        return r;
    }

    static PyObject any(PyObject self, PyObject[] a, String[] kw) {
        return PyBool.of(findTruth(a[0], true));
    }

    static PyObject all(PyObject self, PyObject[] a, String[] kw) {
        return PyBool.of(!findTruth(a[0], false));
    }

    /**
     * Whether an item of {@code iterable} has the truth value {@code wanted}, stopping at the
     * first. The iterator is released however it ends: a generator left suspended by an early
     * answer is then closed, as in CPython.
     */
    private static boolean findTruth(PyObject iterable, boolean wanted) {
        PyObject it = IterOps.iter(iterable);
        try {
            PyObject x;
            while ((x = IterOps.next(it)) != null) {
                boolean t;
                try {
                    t = ObjectOps.isTrue(x);
                } finally {
                    x.decref();
                }
                if (t == wanted) {
                    return true;
                }
            }
            return false;
        } finally {
            it.decref();
        }
    }

    static PyObject chr(PyObject self, PyObject[] a, String[] kw) {
        long v = NumberOps.index(a[0]).intValue();
        if (v < 0 || v > 0x10ffff) {
            throw PythonException.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoints(new int[] {(int) v});
    }

    static PyObject ord(PyObject self, PyObject[] a, String[] kw) {
        if (a[0] instanceof org.krait.runtime.objects.PyBytes || a[0] instanceof org.krait.runtime.objects.PyBytearray) {
            byte[] b = a[0] instanceof org.krait.runtime.objects.PyBytes ? ((org.krait.runtime.objects.PyBytes) a[0]).toByteArray()
                    : ((org.krait.runtime.objects.PyBytearray) a[0]).toByteArray();
            if (b.length != 1) {
                throw PythonException.typeError("ord() expected a character, but string of length " + b.length + " found");
            }
            return PyInt.of(b[0] & 0xff);
        }
        if (!(a[0] instanceof PyStr)) {
            throw PythonException.typeError("ord() expected string of length 1, but " + a[0].type().name() + " found");
        }
        PyStr s = (PyStr) a[0];
        if (s.length() != 1) {
            throw PythonException.typeError("ord() expected a character, but string of length " + s.length() + " found");
        }
        return PyInt.of(s.codePointAt(0));
    }

    static PyObject radix(PyObject[] a, int radix) {
        Object v = NumberOps.index(a[0]).numeric();
        return PyStr.of(radix == 16 ? IntText.hex(v) : radix == 8 ? IntText.oct(v) : IntText.bin(v));
    }

    static PyObject divmod(PyObject self, PyObject[] a, String[] kw) {
        return NumberOps.divmod(a[0], a[1]);
    }

    /** {@code pow(base, exp, mod=None)}, its arguments bound by position. */
    static PyObject pow(PyObject self, PyObject[] a, String[] kw) {
        return NumberOps.power(a[0], a[1], a.length == 3 ? a[2] : PyNoneType.NONE);
    }

    /** {@code round(number, ndigits=None)}, its arguments bound by position. */
    static PyObject round(PyObject self, PyObject[] a, String[] kw) {
        PyObject x = a[0];
        PyObject nd = a.length > 1 && a[1] != PyNoneType.NONE ? a[1] : null;
        if (x.getClass() == PyInt.class || x instanceof PyBool) {
            return ((PyInt) x).__round__(nd);
        }
        if (x.getClass() == PyFloat.class) {
            return ((PyFloat) x).__round__(nd);
        }
        PyObject m = x.type().lookup("__round__");
        if (m == null) {
            throw PythonException.typeError("type " + x.type().name() + " doesn't define __round__ method");
        }
        return nd == null ? CallOps.call(m, x) : CallOps.call(m, x, nd);
    }

    static PyObject format(PyObject self, PyObject[] a, String[] kw) {
        if (a.length > 1 && !(a[1] instanceof PyStr)) {
            throw PythonException.typeError("format() argument 2 must be str, not " + a[1].type().name());
        }
        return ObjectOps.format(a[0], a.length > 1 ? a[1].toString() : "");
    }

    static PyObject ascii(PyObject self, PyObject[] a, String[] kw) {
        return ObjectOps.ascii(a[0]);
    }

    static PyObject dir(PyObject self, PyObject[] a, String[] kw) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        PyObject o = a[0];
        if (o instanceof org.krait.runtime.objects.DictOwner && !(o instanceof PyType)) {
            org.krait.runtime.objects.PyDict d = ((org.krait.runtime.objects.DictOwner) o).dict();
            for (int i = 0; d != null && i < d.entryBound(); i++) {
                if (d.keyAt(i) != null) {
                    names.add(d.keyAt(i).toString());
                }
            }
        }
        // A module lists its namespace only (CPython's module.__dir__).
        if (!(o instanceof org.krait.runtime.objects.PyModule)) {
            PyType t = o instanceof PyType ? (PyType) o : o.type();
            for (PyType m : t.mro()) {
                names.addAll(m.ownNames());
            }
        }
        PyList out = new PyList();
        for (String n : names) {
            PyStr s = PyStr.of(n);
            out.append(s);
            s.decref();
        }
        return out;
    }
}
