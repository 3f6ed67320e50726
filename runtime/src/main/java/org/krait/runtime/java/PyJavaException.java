package org.krait.runtime.java;

import org.krait.runtime.host.JavaValue;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.types.PyType;

/**
 * A Java exception seen from Python: an exception of the Python type of its class, which derives
 * from {@code Exception} through {@code java.lang.Throwable}, so {@code except
 * java.lang.RuntimeException} and {@code except Exception} both catch it. Its {@code args} are
 * the Java message (none when the message is null), and it keeps the throwable, which is the
 * {@code PythonException}'s cause when it escapes to Java.
 */
public final class PyJavaException extends PyBaseException implements JavaValue {

    private final Throwable throwable;

    PyJavaException(PyType type, Throwable throwable) {
        super(type);
        this.throwable = throwable;
        String message = throwable.getMessage();
        if (message != null) {
            PyStr text = PyStr.of(message);
            setArgs(PyTuple.of(text));
            text.decref();
        }
    }

    /** The Java exception. */
    public Throwable throwable() {
        return throwable;
    }

    @Override
    public Object javaValue() {
        return throwable;
    }

    @Override
    public Throwable javaCause() {
        return throwable;
    }
}
