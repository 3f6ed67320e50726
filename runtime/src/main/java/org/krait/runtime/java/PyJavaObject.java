package org.krait.runtime.java;

import org.krait.runtime.host.JavaValue;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.types.PyType;

/**
 * A Java object seen from Python: an instance of the Python type of its class
 * ({@link JavaTypes#typeOf}), whose methods, fields, bean properties and protocols
 * ({@link JavaMembers}, {@link JavaProtocols}) act on the object. It holds no Python references,
 * so it is not a container the cycle collector tracks. Java exceptions are {@link PyJavaException}s
 * instead, because Python raises only exceptions.
 */
public final class PyJavaObject extends PyObject implements JavaValue {

    private final Object value;
    private final PyType type;

    PyJavaObject(Object value, PyType type) {
        this.value = value;
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The Java object. */
    public Object value() {
        return value;
    }

    @Override
    public Object javaValue() {
        return value;
    }

    @Override
    protected void dealloc() {
        // Nothing to release: the Java object is the JVM's business.
    }

    @Override
    public String toString() {
        return "<java object " + type.name() + ">";
    }
}
