package org.krait.runtime.java;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.krait.runtime.ops.IterOps;

/**
 * Values crossing between Python and Java objects: the wrapper of a Java object
 * ({@link #wrap}), the Java object behind a Python one ({@link #javaObject}), and the plain
 * conversions both ways for values with no declared Java type.
 */
public final class JavaValues {

    private JavaValues() {
    }

    /**
     * A Java value as Python sees it (new reference): null is None, booleans, numbers, chars and
     * strings become Python's, {@code byte[]} bytes; a peer or proxy of a Python object gives the
     * object back; any other object is wrapped ({@link #wrap}).
     */
    public static PyObject toPython(Object o) {
        if (o == null) {
            return PyNoneType.NONE;
        }
        if (o instanceof String) {
            return PyStr.of((String) o);
        }
        if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
            return PyInt.of(((Number) o).longValue());
        }
        if (o instanceof Boolean) {
            return PyBool.of((Boolean) o);
        }
        if (o instanceof Double || o instanceof Float) {
            return new PyFloat(((Number) o).doubleValue());
        }
        if (o instanceof Character) {
            return PyStr.of(String.valueOf((char) (Character) o));
        }
        if (o instanceof BigInteger) {
            return PyInt.of((BigInteger) o);
        }
        if (o instanceof byte[]) {
            return PyBytes.of(((byte[]) o).clone());
        }
        if (o instanceof PyObject) {
            return PyObject.newRef((PyObject) o);
        }
        return wrap(o);
    }

    /**
     * The Python object for a Java object that is not a plain value (new reference): the Python
     * object a peer or proxy stands for, a {@link PyJavaException} for a throwable, else a
     * {@link PyJavaObject} of the type of its class.
     */
    public static PyObject wrap(Object o) {
        PyObject python = Peers.pythonObject(o);
        if (python != null) {
            return PyObject.newRef(python);
        }
        if (o instanceof Throwable) {
            return new PyJavaException(JavaTypes.typeOf(o.getClass()), (Throwable) o);
        }
        return new PyJavaObject(o, JavaTypes.typeOf(o.getClass()));
    }

    /**
     * The Java object {@code a} wraps (a {@link PyJavaObject}'s value, a {@link PyJavaException}'s
     * throwable, the peer of an instance of a Python subclass of Java types, made on demand), or
     * null when {@code a} is not a Java object.
     */
    static Object javaObject(PyObject a) {
        if (a instanceof PyJavaObject) {
            return ((PyJavaObject) a).value();
        }
        if (a instanceof PyJavaException) {
            return ((PyJavaException) a).throwable();
        }
        if (a instanceof PyInstance && JavaTypes.javaBase(a.type()) != null) {
            return Peers.peerOf((PyInstance) a);
        }
        return null;
    }

    /**
     * A Python value where Java expects any object: int as {@code Integer}, {@code Long} or
     * {@code BigInteger}, float as {@code Double}, str as {@code String}, bool, None as null,
     * bytes as {@code byte[]}, a Java object as itself, and list, tuple, dict and set as copies
     * ({@code ArrayList}, unmodifiable {@code List}, {@code LinkedHashMap}, {@code LinkedHashSet})
     * of their converted items; any other object is passed as itself (a {@code PyObject}).
     */
    public static Object toJava(PyObject a) {
        if (a == PyNoneType.NONE) {
            return null;
        }
        if (a instanceof PyBool) {
            return a == PyBool.TRUE;
        }
        if (a instanceof PyInt) {
            PyInt i = (PyInt) a;
            if (!i.isLong()) {
                return i.bigValue();
            }
            long v = i.longValue();
            return v == (int) v ? (Object) (int) v : (Object) v;
        }
        if (a instanceof PyFloat) {
            return ((PyFloat) a).value();
        }
        if (a instanceof PyStr) {
            return a.toString();
        }
        if (a instanceof PyBytes) {
            return PyBytes.bytesOf(a).clone();
        }
        Object j = javaObject(a);
        if (j != null) {
            return j;
        }
        if (a instanceof PyList || a instanceof PyTuple) {
            PyObject[] items = a instanceof PyList ? ((PyList) a).toArray() : ((PyTuple) a).toArray();
            List<Object> out = new ArrayList<>(items.length);
            for (PyObject item : items) {
                out.add(toJava(item));
            }
            return a instanceof PyTuple ? java.util.Collections.unmodifiableList(out) : out;
        }
        if (a instanceof PyDict) {
            PyDict d = (PyDict) a;
            Map<Object, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < d.entryBound(); i++) {
                PyObject k = d.keyAt(i);
                if (k != null) {
                    out.put(toJava(k), toJava(d.valueAt(i)));
                }
            }
            return out;
        }
        if (a instanceof PySet) {
            Set<Object> out = new LinkedHashSet<>();
            for (PyObject item : IterOps.toArray(a)) {
                out.add(toJava(item));
                item.decref();
            }
            return out;
        }
        return a;
    }

    /** A Java object implementing the functional interface {@code iface} by calling {@code callable}. */
    static Object implement(PyObject callable, Class<?> iface) {
        return Peers.callableProxy(callable, iface);
    }
}
