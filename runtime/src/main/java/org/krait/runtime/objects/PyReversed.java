package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.SequenceOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code reversed(sequence)}. CPython: Objects/enumobject.c. */
public final class PyReversed extends PyObject {

    public static final PyType TYPE = iteratorType("reversed")
            .slot(Slot.NEW, ArgSpec.positional(1, 1).checked("reversed", (cls, a, kw) -> {
                PyObject seq = a[0];
                PyObject rev = seq.type().lookup("__reversed__");
                if (rev == PyNoneType.NONE) {
                    throw PythonException.typeError("'" + seq.type().name() + "' object is not reversible");
                }
                if (rev != null && !(seq instanceof PyList) && !(seq instanceof PyTuple) && !(seq instanceof PyStr)) {
                    return org.krait.runtime.types.SlotDispatchers.callDunder(seq, "__reversed__");
                }
                // a sequence (PySequence_Check: __getitem__, not a dict) must also have a length
                if (!seq.type().has(Slot.GETITEM) || seq instanceof PyDict) {
                    throw PythonException.typeError("'" + seq.type().name() + "' object is not reversible");
                }
                return new PyReversed(seq);
            }));

    /** What {@code reversed(a_list)} is ({@code list.__reversed__}): the same walk, CPython's name. */
    private static final PyType LIST = iteratorType("list_reverseiterator");

    private static PyType iteratorType(String name) {
        return PyType.builtin(name, PyType.OBJECT)
                .slot(Slot.ITER, (Signature.Unary) PyObject::newRef)
                .slot(Slot.NEXT, (Signature.Unary) r -> ((PyReversed) r).next())
                .method("__length_hint__", ArgSpec.NOARGS, (r, a, kw) -> PyInt.of(((PyReversed) r).remaining()));
    }

    private PyObject seq;
    private int index;

    private PyReversed(PyObject seq) {
        this.seq = newRef(seq);
        this.index = SequenceOps.length(seq) - 1;
    }

    @Override
    public PyType type() {
        return seq instanceof PyList ? LIST : TYPE;
    }

    /** The items left: as CPython's, none once the sequence has shrunk below the position. */
    private int remaining() {
        if (seq == null || index < 0) {
            return 0;
        }
        return SequenceOps.length(seq) < index + 1 ? 0 : index + 1;
    }

    private PyObject next() {
        if (seq == null || index < 0) {
            return null;
        }
        if (seq instanceof PyList && index >= ((PyList) seq).size()) {
            // The list shrank while reversed() walked it: stop, as CPython's list_reverseiterator does.
            index = -1;
            return null;
        }
        PyInt i = PyInt.of(index--);
        return SequenceOps.getItem(seq, i);
    }

    @Override
    public void releaseReferences() {
        xdecref(seq);
    }
}
