package org.krait.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.krait.runtime.ops.ObjectOps;

@DisplayName("set")
class PySetTest {

    private static PySet of(long... values) {
        PySet s = new PySet();
        for (long v : values) {
            s.add(PyInt.of(v));
        }
        return s;
    }

    @Test
    void iteratesInCPythonsOrder() {
        // Expected strings printed by CPython 3.11 for the same s.add() calls in order.
        assertEquals("{1000, 8, 3, 5}", ObjectOps.repr(of(5, 3, 1000, 8)).toString());
        assertEquals("{33, 1, 100, 7, 9, -2, -1}", ObjectOps.repr(of(-1, -2, 7, 100, 33, 9, 1)).toString());
        PySet s = new PySet();
        for (int i = 0; i < 20; i++) {
            s.add(PyInt.of(i));
        }
        s.discard(PyInt.of(3));
        s.add(PyInt.of(50));
        assertEquals("{0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 50}", ObjectOps.repr(s).toString());
    }

    @Test
    void ignoresDuplicates() {
        PySet s = of(1, 1, 2);
        s.add(new PyFloat(2.0));
        assertEquals(2, s.size());
    }
}
