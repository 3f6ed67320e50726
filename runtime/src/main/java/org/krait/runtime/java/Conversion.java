package org.krait.runtime.java;

import java.lang.reflect.Array;
import java.math.BigInteger;
import org.krait.runtime.host.InterfaceProxies;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInstance;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PySet;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * Python values passed where Java declares a type: whether a value fits a parameter, in which of
 * Java's overload phases, and the conversion itself.
 *
 * <p>The phases, as Java's own (JLS 15.12.2) with Python's values given their natural Java type
 * (an int that fits is an {@code int}, then a {@code long}, then a {@code BigInteger}; a float
 * a {@code double}; a str a {@code String}; None is {@code null}; a Java object its class):
 * {@link #STRICT} is identity and widening (int to long or double, an object to a superclass);
 * {@link #LOOSE} adds boxing and Python's own conversions (list to {@code List} or an array,
 * dict to {@code Map}, a callable to a functional interface, an object with a method of each
 * abstract method's name to any interface, anything to {@code Object});
 * {@link #LENIENT} takes what Java would refuse but a Python caller means (a small int for a
 * {@code long}, {@code Long}, {@code short} or {@code BigInteger} parameter, a float for a
 * {@code float}, a one-character str for a {@code char}), each checked for range. Variable arity
 * comes after all three ({@link Overloads}).
 */
final class Conversion {

    static final int NONE = 0;
    static final int STRICT = 1;
    static final int LOOSE = 2;
    static final int LENIENT = 3;

    private Conversion() {
    }

    /** The first phase in which {@code a} can be passed as a {@code p}, or {@link #NONE}. */
    static int phase(PyObject a, Class<?> p) {
        if (a == PyNoneType.NONE) {
            return p.isPrimitive() ? NONE : STRICT;
        }
        if (a instanceof PyBool) {
            return p == boolean.class ? STRICT : p.isAssignableFrom(Boolean.class) ? LOOSE : NONE;
        }
        if (a instanceof PyInt) {
            return intPhase((PyInt) a, p);
        }
        if (a instanceof PyFloat) {
            if (p == double.class) {
                return STRICT;
            }
            if (p.isAssignableFrom(Double.class)) {
                return LOOSE;
            }
            return p == float.class || p == Float.class ? LENIENT : NONE;
        }
        if (a instanceof PyStr) {
            if (p.isAssignableFrom(String.class)) {
                return STRICT;
            }
            return (p == char.class || p == Character.class) && ((PyStr) a).length() == 1 ? LENIENT : NONE;
        }
        Object j = JavaValues.javaObject(a);
        if (j != null) {
            return p.isInstance(j) ? STRICT : NONE;
        }
        if (a instanceof PyInstance && JavaTypes.javaBase(a.type()) != null) {
            return peerFits(a, p) ? STRICT : NONE;
        }
        if (a instanceof PyBytes) {
            return p.isAssignableFrom(byte[].class) ? STRICT : NONE;
        }
        if (p.isArray() && (a instanceof PyList || a instanceof PyTuple)) {
            return elementsFit(a, p.getComponentType()) ? LOOSE : NONE;
        }
        if ((a instanceof PyList || a instanceof PyTuple) && p.isAssignableFrom(java.util.ArrayList.class)) {
            return LOOSE;
        }
        if (a instanceof PyDict && p.isAssignableFrom(java.util.LinkedHashMap.class)) {
            return LOOSE;
        }
        if (a instanceof PySet && p.isAssignableFrom(java.util.LinkedHashSet.class)) {
            return LOOSE;
        }
        if (p.isInterface() && InterfaceProxies.canImplement(a, p)) {
            return LOOSE;
        }
        return p == Object.class ? LOOSE : NONE;
    }

    private static int intPhase(PyInt v, Class<?> p) {
        boolean isInt = v.isLong() && v.longValue() == (int) v.longValue();
        boolean isLong = v.isLong();
        if (p.isPrimitive()) {
            if (p == int.class) {
                return isInt ? STRICT : NONE;
            }
            if (p == long.class || p == double.class || p == float.class) {
                return isLong ? STRICT : p == double.class ? LENIENT : NONE;
            }
            if (p == short.class) {
                return isLong && v.longValue() == (short) v.longValue() ? LENIENT : NONE;
            }
            if (p == byte.class) {
                return isLong && v.longValue() == (byte) v.longValue() ? LENIENT : NONE;
            }
            return NONE;
        }
        Class<?> natural = isInt ? Integer.class : isLong ? Long.class : BigInteger.class;
        if (p.isAssignableFrom(natural)) {
            return natural == BigInteger.class ? STRICT : LOOSE;
        }
        if (p == Long.class) {
            return isLong ? LENIENT : NONE;
        }
        if (p == Short.class) {
            return isLong && v.longValue() == (short) v.longValue() ? LENIENT : NONE;
        }
        if (p == Byte.class) {
            return isLong && v.longValue() == (byte) v.longValue() ? LENIENT : NONE;
        }
        if (p == BigInteger.class || p == Double.class) {
            return LENIENT;
        }
        return NONE;
    }

    private static boolean peerFits(PyObject a, Class<?> p) {
        for (Class<?> c : JavaTypes.javaBases(a.type())) {
            if (p.isAssignableFrom(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean elementsFit(PyObject seq, Class<?> component) {
        PyObject[] items = seq instanceof PyList ? ((PyList) seq).toArray() : ((PyTuple) seq).toArray();
        for (PyObject item : items) {
            if (phase(item, component) == NONE) {
                return false;
            }
        }
        return true;
    }

    /** Converts {@code a} to a {@code p}; {@link #phase} said it can be. */
    static Object convert(PyObject a, Class<?> p) {
        if (a == PyNoneType.NONE) {
            return null;
        }
        if (a instanceof PyBool) {
            return a == PyBool.TRUE;
        }
        if (a instanceof PyInt) {
            return convertInt((PyInt) a, p);
        }
        if (a instanceof PyFloat) {
            double d = ((PyFloat) a).value();
            return p == float.class || p == Float.class ? (Object) (float) d : (Object) d;
        }
        if (a instanceof PyStr) {
            String s = a.toString();
            return p == char.class || p == Character.class ? (Object) s.charAt(0) : s;
        }
        if (p.isArray() && (a instanceof PyList || a instanceof PyTuple)) {
            PyObject[] items = a instanceof PyList ? ((PyList) a).toArray() : ((PyTuple) a).toArray();
            Class<?> component = p.getComponentType();
            Object array = Array.newInstance(component, items.length);
            for (int i = 0; i < items.length; i++) {
                Array.set(array, i, convert(items[i], component));
            }
            return array;
        }
        if (p.isInterface() && JavaValues.javaObject(a) == null && !(a instanceof PyList || a instanceof PyDict
                || a instanceof PyTuple || a instanceof PySet) && InterfaceProxies.canImplement(a, p)) {
            return JavaValues.implement(a, p);
        }
        return JavaValues.toJava(a);
    }

    private static Object convertInt(PyInt v, Class<?> p) {
        if (p == int.class || p == Integer.class) {
            return v.intValue();
        }
        if (p == long.class || p == Long.class) {
            return v.longValue();
        }
        if (p == double.class || p == Double.class) {
            return v.doubleValue();
        }
        if (p == float.class || p == Float.class) {
            return (float) v.doubleValue();
        }
        if (p == short.class || p == Short.class) {
            return (short) v.longValue();
        }
        if (p == byte.class || p == Byte.class) {
            return (byte) v.longValue();
        }
        if (p == BigInteger.class) {
            return v.bigValue();
        }
        return JavaValues.toJava(v);
    }

    /**
     * A Python value returned to Java where {@code p} is declared (a callback's result): converted
     * when it fits, else a TypeError naming what was expected.
     */
    static Object toDeclared(PyObject r, Class<?> p) {
        if (p == void.class) {
            return null;
        }
        if (phase(r, p) == NONE) {
            throw PythonException.typeError("expected a value for Java type " + p.getTypeName() + ", got '" + r.type().name() + "'");
        }
        return convert(r, p);
    }
}
