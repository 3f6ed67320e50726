package org.krait.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.krait.runtime.ops.ObjectOps;

class PyTupleTest {

    @Test
    void reprHasTheSingletonComma() {
        assertEquals("(1,)", ObjectOps.repr(PyTuple.of(PyInt.of(1))).toString());
        assertEquals("()", ObjectOps.repr(PyTuple.EMPTY).toString());
        assertSame(PyTuple.EMPTY, PyTuple.of());
    }

    @Test
    void equalTuplesHashEqualAndCompareLexicographically() {
        PyTuple a = PyTuple.of(PyInt.of(1), PyStr.of("x"));
        PyTuple b = PyTuple.of(new PyFloat(1.0), PyStr.of("x"));
        assertEquals(ObjectOps.hash(a), ObjectOps.hash(b));
        assertEquals(true, ObjectOps.equal(a, b));
        assertEquals(true, ObjectOps.compareBool(PyTuple.of(PyInt.of(1)), PyTuple.of(PyInt.of(1), PyInt.of(0)), ObjectOps.LT));
    }
}
