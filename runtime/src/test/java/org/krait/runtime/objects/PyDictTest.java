package org.krait.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.krait.runtime.ops.ObjectOps;

@DisplayName("dict")
class PyDictTest {

    private static List<String> keys(PyDict d) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < d.entryBound(); i++) {
            if (d.keyAt(i) != null) {
                out.add(d.keyAt(i).toString());
            }
        }
        return out;
    }

    @Test
    void keepsInsertionOrderAcrossDeletionAndGrowth() {
        PyDict d = new PyDict();
        for (int i = 0; i < 100; i++) {
            d.setItem("k" + i, PyInt.of(i));
        }
        d.delItemIfPresent(PyStr.of("k3"));
        d.setItem("k3", PyInt.of(3));
        List<String> k = keys(d);
        assertEquals(100, d.size());
        assertEquals("k0", k.get(0));
        assertEquals("k3", k.get(99), "a deleted and re-added key goes to the end");
    }

    @Test
    void equalNumbersShareAKey() {
        PyDict d = new PyDict();
        d.setItem(PyInt.of(1), PyStr.of("int"));
        d.setItem(new PyFloat(1.0), PyStr.of("float"));
        d.setItem(PyBool.TRUE, PyStr.of("bool"));
        assertEquals(1, d.size());
        assertEquals("bool", d.getItem(PyInt.of(1)).toString());
        assertEquals("1", ObjectOps.repr(d.keyAt(0)).toString(), "the first key object is kept");
    }

    @Test
    void missingKeysAreNull() {
        assertNull(new PyDict().getItem(PyStr.of("x")));
    }

    @Test
    void ownsItsValues() {
        PyDict d = new PyDict();
        PyList value = new PyList();
        d.setItem("v", value);
        assertEquals(2, value.refcnt());
        d.setItem("v", PyNoneType.NONE);
        assertEquals(1, value.refcnt());
        d.setItem("w", value);
        d.decref();
        assertEquals(1, value.refcnt(), "a dead dict releases its values");
    }

    @Test
    void reprAsCPython() {
        PyDict d = new PyDict();
        d.setItem(PyStr.of("a"), PyInt.of(1));
        d.setItem(PyInt.of(2), PyList.of(PyNoneType.NONE));
        assertEquals("{'a': 1, 2: [None]}", ObjectOps.repr(d).toString());
        d.setItem("self", d);
        assertTrue(ObjectOps.repr(d).toString().endsWith("'self': {...}}"));
        assertSame(d, d.getItem("self"));
    }
}
