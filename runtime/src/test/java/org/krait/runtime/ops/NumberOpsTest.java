package org.krait.runtime.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;

class NumberOpsTest {

    @Test
    void reflectedOperandHandlesMixedTypes() {
        assertEquals(3.5, ((PyFloat) NumberOps.binary(NumberOps.Op.ADD, PyInt.of(1), new PyFloat(2.5))).value());
        assertEquals("abab", NumberOps.binary(NumberOps.Op.MULTIPLY, PyInt.of(2), PyStr.of("ab")).toString());
    }

    @Test
    void unsupportedOperandsNameBothTypes() {
        PythonException e = assertThrows(PythonException.class,
                () -> NumberOps.binary(NumberOps.Op.SUBTRACT, PyStr.of("a"), PyInt.of(1)));
        assertEquals("TypeError: unsupported operand type(s) for -: 'str' and 'int'", e.getMessage());
    }

    @Test
    void inPlaceAddExtendsTheSameList() {
        PyList l = PyList.of(PyInt.of(1));
        Object r = NumberOps.inplace(NumberOps.Op.ADD, l, PyList.of(PyInt.of(2)));
        assertEquals(l, r);
        assertEquals("[1, 2]", ObjectOps.repr(l).toString());
    }
}
