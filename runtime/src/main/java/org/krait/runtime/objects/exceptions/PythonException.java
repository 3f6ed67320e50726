package org.krait.runtime.objects.exceptions;

import org.krait.runtime.numbers.NumericError;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.types.PyType;

/**
 * The Java throwable that carries a Python exception through Java frames. Created without a
 * Java stack trace: it is never needed and filling it is slow. It owns one reference to its
 * exception object.
 */
public final class PythonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The text the numbers library gives an errno-style error: {@code (34, 'Numerical result out of range')}. */
    private static final java.util.regex.Pattern ERRNO_MESSAGE = java.util.regex.Pattern.compile("\\((\\d+), '([^']*)'\\)");

    private final transient PyBaseException exception;

    /** Wraps {@code exception}, taking over the caller's reference. */
    public PythonException(PyBaseException exception) {
        super(null, null, false, false);
        this.exception = exception;
    }

    /**
     * Whether this raise has had its chance to set the exception's {@code __context__}: CPython
     * sets it once, where the exception is raised, never as it passes through callers, and a
     * re-raise ({@code raise}, RERAISE) never does.
     */
    private transient boolean contextSettled;

    /** Marks the context as settled; true the first time, when it may still be set. */
    public boolean settleContext() {
        boolean first = !contextSettled;
        contextSettled = true;
        return first;
    }

    /** This exception, marked as a re-raise, which leaves the context as it is. */
    public PythonException reraised() {
        contextSettled = true;
        return this;
    }

    /** The Python exception (borrowed). */
    public PyBaseException exception() {
        return exception;
    }

    /** Whether the exception is an instance of {@code type}. */
    public boolean matches(PyType type) {
        return exception.type().isSubtypeOf(type);
    }

    /** The Java exception a Java method threw, when this carries one through Python; else null. */
    @Override
    public synchronized Throwable getCause() {
        return exception.javaCause();
    }

    @Override
    public String getMessage() {
        return exception.type().name() + ": " + exception.messageForJava();
    }

    /** A new exception of {@code type} with the single argument {@code message}. */
    public static PythonException of(PyType type, String message) {
        return new PythonException(PyBaseException.create(type, PyStr.of(message)));
    }

    /** A new exception of {@code type} with the single argument {@code arg} (borrowed). */
    public static PythonException of(PyType type, PyObject arg) {
        return new PythonException(PyBaseException.create(type, arg));
    }

    /** The Python exception a numeric algorithm reported: the one place {@link NumericError}s become Python's. */
    public static PythonException of(NumericError e) {
        PyType type;
        switch (e.pythonType()) {
            case "OverflowError": type = ExceptionTypes.OVERFLOW_ERROR; break;
            case "ZeroDivisionError": type = ExceptionTypes.ZERO_DIVISION_ERROR; break;
            case "TypeError": type = ExceptionTypes.TYPE_ERROR; break;
            case "MemoryError": type = ExceptionTypes.MEMORY_ERROR; break;
            default: type = ExceptionTypes.VALUE_ERROR; break;
        }
        String message = e.getMessage();
        if (message.isEmpty()) {
            return new PythonException(PyBaseException.create(type));
        }
        java.util.regex.Matcher errno = ERRNO_MESSAGE.matcher(message);
        if (errno.matches()) {
            // An errno-style error (CPython's PyErr_SetFromErrno): args are (errno, strerror).
            return new PythonException(PyBaseException.create(type, PyInt.of(Integer.parseInt(errno.group(1))),
                    PyStr.of(errno.group(2))));
        }
        return of(type, message);
    }

    public static PythonException typeError(String message) {
        return of(ExceptionTypes.TYPE_ERROR, message);
    }

    public static PythonException valueError(String message) {
        return of(ExceptionTypes.VALUE_ERROR, message);
    }

    public static PythonException indexError(String message) {
        return of(ExceptionTypes.INDEX_ERROR, message);
    }

    public static PythonException zeroDivision(String message) {
        return of(ExceptionTypes.ZERO_DIVISION_ERROR, message);
    }

    public static PythonException attributeError(String message) {
        return of(ExceptionTypes.ATTRIBUTE_ERROR, message);
    }

    public static PythonException overflow(String message) {
        return of(ExceptionTypes.OVERFLOW_ERROR, message);
    }

    public static PythonException nameError(String message) {
        return of(ExceptionTypes.NAME_ERROR, message);
    }

    /** {@code StopIteration()} with no value. */
    public static PythonException stopIteration() {
        return new PythonException(PyBaseException.create(ExceptionTypes.STOP_ITERATION));
    }
}
