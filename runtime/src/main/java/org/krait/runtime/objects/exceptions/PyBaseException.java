package org.krait.runtime.objects.exceptions;

import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;

/**
 * {@code BaseException} and every builtin exception without extra state: they share this class
 * and differ by {@link PyType} (see {@link ExceptionTypes}). CPython: Objects/exceptions.c.
 * Instances of exception classes defined by a program are instances of this class too, with a
 * {@code __dict__}.
 */
public class PyBaseException extends PyObject {

    private final PyType type;
    private PyTuple args = PyTuple.EMPTY;
    private PyTraceback traceback;
    private PyBaseException cause;
    private PyBaseException context;
    private boolean suppressContext;
    private PyDict dict;

    /** A new exception of {@code type} with empty args; {@code __init__} sets them. */
    public PyBaseException(PyType type) {
        this.type = type;
    }

    /** A new exception of {@code type} built from {@code args} (borrowed). */
    public static PyBaseException create(PyType type, PyObject... args) {
        PyBaseException e = (PyBaseException) type.newInstance();
        e.setArgs(PyTuple.of(args));
        return e;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The {@code args} tuple (borrowed). */
    public PyTuple args() {
        return args;
    }

    /** Replaces args, taking over the caller's reference to {@code newArgs}. */
    public void setArgs(PyTuple newArgs) {
        PyTuple old = args;
        args = newArgs;
        old.decref();
    }

    /** The {@code __traceback__} chain, outermost frame first, or null. */
    public PyTraceback traceback() {
        return traceback;
    }

    /** Sets {@code __traceback__} ({@code tb} borrowed; the exception keeps its own reference). */
    public void setTraceback(PyTraceback tb) {
        PyTraceback old = traceback;
        traceback = tb == null ? null : PyObject.newRef(tb);
        PyObject.xdecref(old);
    }

    public PyBaseException cause() {
        return cause;
    }

    /** Sets {@code __cause__} (and {@code __suppress_context__}), as {@code raise ... from cause} does. */
    public void setCause(PyBaseException c) {
        if (c != null) {
            c.incref();
        }
        PyObject.xdecref(cause);
        cause = c;
        suppressContext = true;
    }

    public PyBaseException context() {
        return context;
    }

    public void setContext(PyBaseException c) {
        if (c == this) {
            return;
        }
        if (c != null) {
            c.incref();
        }
        PyObject.xdecref(context);
        context = c;
    }

    public void setSuppressContext(boolean b) {
        suppressContext = b;
    }

    public boolean suppressContext() {
        return suppressContext;
    }

    /** The instance dict, made on first use. */
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** {@code str(exc)}: empty for no args, str of the only arg, else str of the args tuple. */
    public PyObject __str__() {
        if (args.size() == 0) {
            return PyStr.EMPTY;
        }
        if (args.size() == 2 && type.isSubtypeOf(ExceptionTypes.SYNTAX_ERROR) && args.getItem(1) instanceof PyTuple) {
            PyTuple d = (PyTuple) args.getItem(1);
            String msg = ObjectOps.str(args.getItem(0)).toString();
            PyObject file = d.size() > 0 ? d.getItem(0) : PyNoneType.NONE;
            PyObject line = d.size() > 1 ? d.getItem(1) : PyNoneType.NONE;
            if (file instanceof PyStr && line != PyNoneType.NONE) {
                String f = file.toString();
                f = f.substring(f.lastIndexOf('/') + 1);
                return PyStr.of(msg + " (" + f + ", line " + line + ")");
            }
            if (line != PyNoneType.NONE) {
                return PyStr.of(msg + " (line " + line + ")");
            }
            return PyStr.of(msg);
        }
        if (args.size() == 1) {
            if (type.isSubtypeOf(ExceptionTypes.KEY_ERROR)) {
                return ObjectOps.repr(args.getItem(0));
            }
            return ObjectOps.str(args.getItem(0));
        }
        return ObjectOps.str(args);
    }

    /** {@code repr(exc)}: {@code Name('msg')}. */
    public PyObject __repr__() {
        String inner;
        if (args.size() == 1) {
            inner = ObjectOps.repr(args.getItem(0)).toString();
        } else {
            String t = ObjectOps.repr(args).toString();
            inner = args.size() == 0 ? "" : t.substring(1, t.length() - 1);
        }
        return PyStr.of(type.name() + "(" + inner + ")");
    }

    /**
     * The Java throwable this exception stands for (a Java exception raised into Python by
     * {@code runtime.java}), or null: what a {@link PythonException} gives as its cause.
     */
    public Throwable javaCause() {
        return null;
    }

    /** The message for Java diagnostics. */
    String messageForJava() {
        return __str__().toString();
    }

    /** The value of {@code StopIteration}: its first argument, or None (borrowed). */
    public PyObject stopValue() {
        return args.size() > 0 ? args.getItem(0) : PyNoneType.NONE;
    }

    @Override
    public void releaseReferences() {
        args.decref();
        PyObject.xdecref(cause);
        PyObject.xdecref(context);
        PyObject.xdecref(dict);
        PyObject.xdecref(traceback);
    }
}
