package org.krait.runtime.ops;

import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyRange;
import org.krait.runtime.objects.PySequenceIterator;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

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
            PyObject x;
            while ((x = next(it)) != null) {
                out.add(x);
            }
            return out.toArray(new PyObject[0]);
        } finally {
            it.decref();
        }
    }
}
