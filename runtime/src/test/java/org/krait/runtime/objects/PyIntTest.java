package org.krait.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;

@DisplayName("int")
class PyIntTest {

    @Test
    void smallIntsAreCachedAndImmortal() {
        assertSame(PyInt.of(256), PyInt.of(256));
        assertSame(PyInt.of(-5), PyInt.of(-5));
        assertNotSame(PyInt.of(257), PyInt.of(257));
        assertTrue(PyInt.of(7).isImmortal());
        assertFalse(PyInt.of(1000).isImmortal());
    }

    @Test
    void additionOverflowsIntoBigIntegerAndBackToLong() {
        PyInt max = PyInt.of(Long.MAX_VALUE);
        PyInt sum = (PyInt) max.__add__(PyInt.of(1));
        assertFalse(sum.isLong());
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE), sum.bigValue());
        PyInt back = (PyInt) sum.__sub__(PyInt.of(1));
        assertTrue(back.isLong(), "a value that fits is never held as a BigInteger");
        assertEquals(Long.MAX_VALUE, back.longValue());
    }

    @Test
    void multiplicationDetectsOverflow() {
        PyInt big = (PyInt) PyInt.of(1L << 40).__mul__(PyInt.of(1L << 40));
        assertEquals(BigInteger.ONE.shiftLeft(80), big.bigValue());
        assertEquals("1267650600228229401496703205376", PyInt.of(2).__pow__(PyInt.of(100)).toString());
    }

    @Test
    void floorDivisionAndModuloFollowTheDivisorsSign() {
        assertEquals(-4, ((PyInt) PyInt.of(-7).__floordiv__(PyInt.of(2))).longValue());
        assertEquals(2, ((PyInt) PyInt.of(-7).__mod__(PyInt.of(3))).longValue());
        assertEquals(-2, ((PyInt) PyInt.of(7).__mod__(PyInt.of(-3))).longValue());
        PythonException e = assertThrows(PythonException.class, () -> PyInt.of(1).__floordiv__(PyInt.of(0)));
        assertTrue(e.matches(ExceptionTypes.ZERO_DIVISION_ERROR));
    }

    @Test
    void hashesAsCPython() {
        assertEquals(-2, PyInt.of(-1).__hash__());
        assertEquals(1, PyInt.of(BigInteger.ONE.shiftLeft(61)).__hash__());
        assertEquals(8, PyInt.of(BigInteger.ONE.shiftLeft(64)).__hash__());
        assertEquals(PyInt.of(5).__hash__(), new PyFloat(5.0).__hash__());
    }

    @Test
    void operandsOfOtherTypesGiveNotImplemented() {
        assertSame(PyNotImplementedType.NOT_IMPLEMENTED, PyInt.of(1).__add__(PyStr.of("a")));
    }

    @Test
    void trueDivisionIsCorrectlyRounded() {
        assertEquals(3.5, ((PyFloat) PyInt.of(7).__truediv__(PyInt.of(2))).value());
        assertEquals(1.0 / 3, ((PyFloat) PyInt.of(1).__truediv__(PyInt.of(3))).value());
    }
}
