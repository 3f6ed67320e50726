package org.krait.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.ops.SequenceOps;

class PyStructSequenceTest {

    /** Shaped like os.stat_result: an unnamed sequence field, and a field only attributes reach. */
    private static final PyStructSequence.Spec SPEC = PyStructSequence.newType("test.result",
            new String[] {"st_mode", PyStructSequence.UNNAMED, "st_atime"}, 2, true);

    @Test
    void hiddenFieldsAreAttributesButNotItems() {
        PyStructSequence r = PyStructSequence.of(SPEC, PyInt.of(1), PyInt.of(2), new PyFloat(2.5));
        assertEquals(2, SequenceOps.length(r));
        assertEquals("2.5", ObjectOps.repr(ObjectOps.getAttr(r, "st_atime")).toString());
        assertEquals("1", ObjectOps.repr(ObjectOps.getAttr(r, "st_mode")).toString());
    }

    @Test
    void reprPairsTheNamedFieldsWithTheSequenceInOrder() {
        PyStructSequence r = PyStructSequence.of(SPEC, PyInt.of(1), PyInt.of(2), new PyFloat(2.5));
        // CPython's quirk: names skip the unnamed field, values do not.
        assertEquals("test.result(st_mode=1, st_atime=2)", ObjectOps.repr(r).toString());
    }

    @Test
    void constructorAcceptsBetweenSequenceAndAllFields() {
        PyObject r = CallOps.call(SPEC.type(), PyTuple.of(PyInt.of(7), PyInt.of(8)));
        assertEquals("None", ObjectOps.repr(ObjectOps.getAttr(r, "st_atime")).toString());
        PythonException e = assertThrows(PythonException.class,
                () -> CallOps.call(SPEC.type(), PyTuple.of(PyInt.of(7))));
        assertEquals("TypeError: test.result() takes an at least 2-sequence (1-sequence given)", e.getMessage());
    }

    @Test
    void defaultsFillWhatTheCallLeftOutBeforeNone() {
        PyStructSequence.Spec spec = PyStructSequence.newType("test.timed", new String[] {"t", "t_float", "extra"}, 1,
                true, values -> values[1] = values[1] == null ? values[0] : values[1]);
        PyObject r = CallOps.call(spec.type(), PyTuple.of(PyInt.of(7)));
        assertEquals("7", ObjectOps.repr(ObjectOps.getAttr(r, "t_float")).toString());
        assertEquals("None", ObjectOps.repr(ObjectOps.getAttr(r, "extra")).toString());
    }

    @Test
    void constructorWantsAnIterable() {
        PythonException e = assertThrows(PythonException.class, () -> CallOps.call(SPEC.type(), PyInt.of(5)));
        assertEquals("TypeError: constructor requires a sequence", e.getMessage());
    }
}
