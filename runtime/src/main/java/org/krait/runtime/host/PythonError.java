package org.krait.runtime.host;

import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.interpreter.TracebackPrinter;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;

/**
 * A Python exception seen from Java: what a view, handle, proxy or engine throws when Python code
 * raises. Its message is {@code TypeName: message}, as the last line of a traceback; the
 * traceback's text and the exception object itself (as a {@link PyHandle}) stay reachable.
 */
public final class PythonError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String pythonType;
    private final String pythonMessage;
    private final String traceback;
    private final transient PyHandle exception;

    private PythonError(String pythonType, String pythonMessage, String traceback, PyHandle exception) {
        super(pythonMessage.isEmpty() ? pythonType : pythonType + ": " + pythonMessage);
        this.pythonType = pythonType;
        this.pythonMessage = pythonMessage;
        this.traceback = traceback;
        this.exception = exception;
    }

    /**
     * The Java exception for {@code e}, taking over its reference to the Python exception; must be
     * called under {@code interpreter}'s lock.
     */
    public static PythonError of(Interpreter interpreter, PythonException e) {
        PyBaseException exc = e.exception();
        String message;
        try {
            message = ObjectOps.str(exc).toString();
        } catch (PythonException failed) {
            failed.exception().decref();
            message = "<exception str() failed>";
        }
        PythonError error = new PythonError(typeName(exc.type()), message, TracebackPrinter.format(exc), new PyHandle(interpreter, exc));
        // A Java exception that travelled through Python comes out as the cause (runtime.java).
        if (e.getCause() != null) {
            error.initCause(e.getCause());
        }
        return error;
    }

    /** The exception's type as a traceback names it: {@code ValueError}, {@code mymodule.MyError}. */
    private static String typeName(PyType t) {
        if (t.isBuiltin()) {
            return t.name();
        }
        PyObject mod = t.lookup("__module__");
        String m = mod == null ? "" : mod.toString();
        return m.isEmpty() || m.equals("__main__") || m.equals("builtins") ? t.qualname() : m + "." + t.qualname();
    }

    /** The name of the exception's type, as in the last line of its traceback. */
    public String pythonType() {
        return pythonType;
    }

    /** {@code str(exception)}. */
    public String pythonMessage() {
        return pythonMessage;
    }

    /** The traceback as CPython prints it, chained exceptions included. */
    public String pythonTraceback() {
        return traceback;
    }

    /** The Python exception object. */
    public PyHandle pythonException() {
        return exception;
    }

    /**
     * The same Python exception, to be raised again in its own interpreter (when the Java code
     * that received this error was itself called by Python); must be called under its lock.
     */
    public PythonException reraise() {
        return new PythonException(PyObject.newRef((PyBaseException) exception.pythonObject()));
    }
}
