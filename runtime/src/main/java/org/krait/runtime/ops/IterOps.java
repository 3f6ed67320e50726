package org.krait.runtime.ops;

import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyNotImplementedType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyRange;
import org.krait.runtime.objects.PySequenceIterator;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;
import org.krait.runtime.types.SlotDispatchers;

/**
 * The iterator protocol ({@code PyObject_GetIter}, {@code PyIter_Next}). A {@code NEXT} slot
 * returns null when the iterator is exhausted instead of raising StopIteration.
 */
public final class IterOps {

    private IterOps() {
    }

    /** {@code iter(o)}: new reference. */
    public static PyObject iter(PyObject o) {
        Signature.Unary f = o.type().unary(Slot.ITER);
        if (f != null) {
            PyObject it = f.apply(o);
            if (!it.type().has(Slot.NEXT)) {
                throw PythonException.typeError("iter() returned non-iterator of type '" + it.type().name() + "'");
            }
            return it;
        }
        if (o.type().has(Slot.GETITEM)) {
            return new PySequenceIterator(o, 0);
        }
        throw PythonException.typeError("'" + o.type().name() + "' object is not iterable");
    }

    /** The next item (new reference), or null when exhausted (a StopIteration is swallowed, as FOR_ITER does). */
    public static PyObject next(PyObject it) {
        // the iterators of for loops over ranges and lists, without the slot call
        if (it instanceof PyRange.Iterator) {
            return ((PyRange.Iterator) it).nextOrNull();
        }
        if (it instanceof PySequenceIterator) {
            return ((PySequenceIterator) it).nextOrNull();
        }
        Signature.Unary f = it.type().unary(Slot.NEXT);
        if (f == null) {
            throw PythonException.typeError("'" + it.type().name() + "' object is not an iterator");
        }
        try {
            return f.apply(it);
        } catch (PythonException e) {
            if (e.matches(org.krait.runtime.objects.exceptions.ExceptionTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Every item of {@code iterable}, each a new reference, asking it for its length first as
     * {@code list()} and {@code tuple()} do to size their result (CPython's {@code list_extend}).
     */
    public static PyObject[] toArraySized(PyObject iterable) {
        return toArrayAnnounced(iterable).items();
    }

    /** The items of an iterable, and the length it announced before they were read (its hint, or 8). */
    public record Announced(PyObject[] items, int hint) {
    }

    /** {@link #toArraySized}, telling also the length the iterable announced first. */
    public static Announced toArrayAnnounced(PyObject iterable) {
        Class<?> c = iterable.getClass();
        if (c == PyList.class || c == PyTuple.class || c == PyRange.class || c == PyStr.class || c == PyDict.class) {
            PyObject[] items = toArray(iterable);
            return new Announced(items, items.length);
        }
        PyObject it = iter(iterable);
        try {
            int hint = lengthHint(iterable, 8);
            List<PyObject> out = new ArrayList<>(Math.min(hint, 1 << 16));
            drain(it, out);
            return new Announced(out.toArray(new PyObject[0]), hint);
        } finally {
            it.decref();
        }
    }

    /** Adds what {@code it} gives to {@code out}; if it raises, what was read is released first. */
    private static void drain(PyObject it, List<PyObject> out) {
        try {
            PyObject x;
            while ((x = next(it)) != null) {
                out.add(x);
            }
        } catch (RuntimeException e) {
            for (PyObject o : out) {
                o.decref();
            }
            throw e;
        }
    }

    /**
     * {@code operator.length_hint(o, default)} ({@code PyObject_LengthHint}): {@code len(o)} when
     * it has one, else its {@code __length_hint__}, else {@code dflt}.
     */
    public static int lengthHint(PyObject o, int dflt) {
        PyType t = o.type();
        if (t.length() != null) {
            try {
                return SequenceOps.length(o);
            } catch (PythonException e) {
                if (!e.matches(ExceptionTypes.TYPE_ERROR)) {
                    throw e;
                }
            }
        }
        PyObject hint = t.lookup("__length_hint__");
        if (hint == null) {
            return dflt;
        }
        PyObject r;
        try {
            r = SlotDispatchers.callDunder(o, "__length_hint__");
        } catch (PythonException e) {
            if (!e.matches(ExceptionTypes.TYPE_ERROR)) {
                throw e;
            }
            return dflt;
        }
        if (r == PyNotImplementedType.NOT_IMPLEMENTED) {
            return dflt;
        }
        if (!(r instanceof PyInt)) {
            throw PythonException.typeError("__length_hint__ must be an integer, not " + r.type().name());
        }
        PyInt n = (PyInt) r;
        if (n.signum() < 0) {
            throw PythonException.valueError("__length_hint__() should return >= 0");
        }
        if (!n.isLong() || n.longValue() > Integer.MAX_VALUE) {
            throw PythonException.overflow("cannot fit 'int' into an index-sized integer");
        }
        return (int) n.longValue();
    }

    /** Every item of {@code iterable}, each a new reference. */
    public static PyObject[] toArray(PyObject iterable) {
        // Only exact lists and tuples are copied directly: a subclass may override __iter__.
        if (iterable.getClass() == PyTuple.class) {
            PyObject[] a = ((PyTuple) iterable).toArray();
            for (PyObject o : a) {
                o.incref();
            }
            return a;
        }
        if (iterable.getClass() == PyList.class) {
            PyObject[] a = ((PyList) iterable).toArray();
            for (PyObject o : a) {
                o.incref();
            }
            return a;
        }
        if (iterable instanceof org.krait.runtime.objects.PyRange) {
            // CPython sizes the result from the length first: a range too long is MemoryError at once.
            org.krait.runtime.objects.Allocation.length(((org.krait.runtime.objects.PyRange) iterable).size());
        }
        PyObject it = iter(iterable);
        try {
            List<PyObject> out = new ArrayList<>();
            drain(it, out);
            return out.toArray(new PyObject[0]);
        } finally {
            it.decref();
        }
    }
}
