package org.krait.runtime.java;

import org.krait.runtime.host.HostValues;
import org.krait.runtime.host.InterfaceProxies;
import org.krait.runtime.objects.PyInstance;
import org.krait.runtime.objects.PyObject;

/**
 * Values crossing between Python and Java objects: the wrapper of a Java object
 * ({@link #wrap}), the Java object behind a Python one ({@link #javaObject}), and the plain
 * conversions both ways for values with no declared Java type.
 */
public final class JavaValues {

    private JavaValues() {
    }

    /**
     * A Java value as Python sees it (new reference), as {@link HostValues#toPython} gives it:
     * plain values converted, views and proxies of Python objects unwrapped, any other object
     * wrapped by {@link #wrap}.
     */
    public static PyObject toPython(Object o) {
        return HostValues.toPython(o);
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
     * A Python value where Java expects any object: the Java object of a Java object or peer,
     * else what {@link HostValues#toJava} gives (plain values converted, containers as live
     * views, other objects as handles).
     */
    public static Object toJava(PyObject a) {
        Object j = javaObject(a);
        if (j == null) {
            return HostValues.toJava(a);
        }
        if (a instanceof PyInstance) {
            Peers.handOut((PyInstance) a, j);
        }
        return j;
    }

    /**
     * The Java peer of an instance of a Python class deriving from Java types (made on demand and
     * recorded as handed to Java), or null for any other object: how {@link HostValues#toJava}
     * gives Java the object itself rather than a handle.
     */
    public static Object peer(PyObject a) {
        if (!(a instanceof PyInstance) || JavaTypes.javaBase(a.type()) == null) {
            return null;
        }
        Object j = Peers.peerOf((PyInstance) a);
        Peers.handOut((PyInstance) a, j);
        return j;
    }

    /** A Java object implementing the functional interface {@code iface} by calling {@code callable}. */
    static Object implement(PyObject callable, Class<?> iface) {
        return InterfaceProxies.implement(callable, iface);
    }
}
