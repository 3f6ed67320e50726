package org.krait.runtime.objects;

import org.krait.runtime.ops.SequenceOps;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code iterator}: walks a sequence by index until its end (for list, tuple and str, reading
 * the current length at each step, so appending during iteration is seen as in CPython).
 * CPython: Objects/iterobject.c.
 */
public final class PySequenceIterator extends PyObject {

    public static final PyType TYPE = make("iterator");
    static final PyType LIST = make("list_iterator");
    static final PyType TUPLE = make("tuple_iterator");
    static final PyType STR = make("str_ascii_iterator");
    static final PyType BYTES = make("bytes_iterator");
    static final PyType BYTEARRAY = make("bytearray_iterator");

    private static PyType make(String name) {
        return PyType.builtin(name, PyType.OBJECT)
                .slot(Slot.ITER, (Signature.Unary) PyObject::newRef)
                .slot(Slot.NEXT, (Signature.Unary) it -> ((PySequenceIterator) it).nextOrNull())
                .method("__length_hint__", org.krait.runtime.types.ArgSpec.NOARGS,
                        (it, a, kw) -> ((PySequenceIterator) it).lengthHint());
    }

    /**
     * {@code __length_hint__}: the items left, 0 once exhausted; NotImplemented for a sequence of
     * the old protocol that has no length.
     */
    private PyObject lengthHint() {
        if (seq == null) {
            return PyInt.of(0);
        }
        if (!seq.type().has(Slot.LEN)) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        return PyInt.of(Math.max(0, SequenceOps.length(seq) - index));
    }

    private final PyType type;

    private PyObject seq;
    private int index;

    /** An iterator over {@code seq} (kept alive by the iterator); {@code hint} is unused length info. */
    public PySequenceIterator(PyObject seq, int hint) {
        this.seq = newRef(seq);
        this.type = seq instanceof PyList ? LIST : seq instanceof PyTuple ? TUPLE : seq instanceof PyStr ? STR
                : seq instanceof PyBytes ? BYTES : seq instanceof PyBytearray ? BYTEARRAY : TYPE;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The next item (new reference), or null at the end. */
    public PyObject nextOrNull() {
        if (seq == null) {
            return null;
        }
        if (seq instanceof PyList) {
            PyList list = (PyList) seq;
            if (index < list.size()) {
                return newRef(list.getItem(index++));
            }
            seq.decref();
            seq = null;
            return null;
        }
        if (!(seq instanceof PyList || seq instanceof PyTuple || seq instanceof PyStr || seq instanceof PyBytes
                || seq instanceof PyBytearray)) {
            // The old sequence protocol: __getitem__ with 0, 1, 2... until IndexError.
            PyInt i = PyInt.of(index++);
            try {
                return SequenceOps.getItem(seq, i);
            } catch (org.krait.runtime.objects.exceptions.PythonException e) {
                if (e.matches(org.krait.runtime.objects.exceptions.ExceptionTypes.INDEX_ERROR)
                        || e.matches(org.krait.runtime.objects.exceptions.ExceptionTypes.STOP_ITERATION)) {
                    seq.decref();
                    seq = null;
                    return null;
                }
                throw e;
            }
        }
        int n = SequenceOps.length(seq);
        if (index >= n) {
            seq.decref();
            seq = null;
            return null;
        }
        if (seq instanceof PyList) {
            return newRef(((PyList) seq).getItem(index++));
        }
        if (seq instanceof PyTuple) {
            return newRef(((PyTuple) seq).getItem(index++));
        }
        if (seq instanceof PyStr) {
            PyStr s = (PyStr) seq;
            int i = index++;
            return s.substring(i, i + 1);
        }
        PyInt i = PyInt.of(index++);
        PyObject r = SequenceOps.getItem(seq, i);
        i.decref();
        return r;
    }

    @Override
    public void releaseReferences() {
        xdecref(seq);
    }
}
