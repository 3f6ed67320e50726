package org.krait.runtime.interpreter;

import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyStructSequence;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PyTraceback;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;

/**
 * Exceptions raised where nothing can catch them (a finalizer, a callback): handed to
 * {@code sys.unraisablehook} as an {@code UnraisableHookArgs}, whose default (also used when the
 * hook is missing or fails) writes "Exception ignored in: repr(obj)" and the traceback, without
 * the exception's chain, to {@code sys.stderr}. CPython: Python/errors.c,
 * {@code PyErr_WriteUnraisable} and {@code _PyErr_WriteUnraisableDefaultHook}.
 */
public final class Unraisable {

    /** {@code sys.UnraisableHookArgs}. */
    public static final PyStructSequence.Spec ARGS = PyStructSequence.newType("UnraisableHookArgs",
            new String[] {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"}, 5, true);

    private Unraisable() {
    }

    /**
     * Reports {@code exc} through {@code sys.unraisablehook}; {@code obj} (may be null) is what
     * raised it, {@code message} null for the default "Exception ignored in". Never throws.
     */
    public static void report(Interpreter interp, PyBaseException exc, PyObject obj, String message) {
        if (exc.traceback() == null) {
            // Raised by the runtime itself (close() of a generator that ignored GeneratorExit):
            // the traceback is the frame running when the object died.
            ThreadState ts = ThreadState.current();
            PyFrame f = ts == null ? null : ts.frame;
            if (f != null) {
                PyTraceback tb = new PyTraceback(null, f.code.filename, f.code.name, f.positionAt(f.pc - 1));
                tb.setFrame(f, 2 * (f.pc - 1));
                exc.setTraceback(tb);
            }
        }
        PyObject tb = exc.traceback() == null ? PyNoneType.NONE : exc.traceback();
        PyObject msg = message == null ? PyNoneType.NONE : PyStr.of(message);
        PyStructSequence args = PyStructSequence.of(ARGS, exc.type(), exc, tb, msg, obj == null ? PyNoneType.NONE : obj);
        msg.decref();
        try {
            PyObject hook = sysDict(interp).getItem("unraisablehook");
            if (hook == null || hook == PyNoneType.NONE) {
                writeDefault(interp, args);
            } else {
                CallOps.call(hook, args).decref();
            }
        } catch (PythonException e) {
            // The hook itself failed: CPython reports that failure with the default printer.
            PyBaseException failure = e.exception();
            PyStructSequence again = PyStructSequence.of(ARGS, failure.type(), failure,
                    failure.traceback() == null ? PyNoneType.NONE : failure.traceback(),
                    PyStr.of("Exception ignored in sys.unraisablehook"), PyNoneType.NONE);
            writeDefault(interp, again);
            again.decref();
            failure.decref();
        } finally {
            args.decref();
        }
    }

    /**
     * {@link #report} for the model layer's finalizers and callbacks (installed as
     * {@code memory.Unraisable}'s reporter), with the interpreter of the running thread.
     */
    public static void reportFromModel(PyBaseException exc, String message, PyObject obj) {
        ThreadState ts = ThreadState.current();
        if (ts != null) {
            report(ts.interpreter(), exc, obj, message);
        }
    }

    /** The default hook's work for {@code args}; failures to write are dropped. */
    public static void writeDefault(Interpreter interp, PyStructSequence args) {
        PyObject value = args.getItem(1);
        PyObject tb = args.getItem(2);
        PyObject msg = args.getItem(3);
        PyObject obj = args.getItem(4);
        StringBuilder sb = new StringBuilder();
        if (obj != PyNoneType.NONE) {
            sb.append(msg != PyNoneType.NONE ? msg.toString() : "Exception ignored in").append(": ")
                    .append(reprOrPlaceholder(obj)).append('\n');
        } else if (msg != PyNoneType.NONE) {
            sb.append(msg).append(":\n");
        }
        if (value instanceof PyBaseException) {
            PyBaseException exc = (PyBaseException) value;
            PyTraceback saved = exc.traceback();
            exc.setTraceback(tb instanceof PyTraceback ? (PyTraceback) tb : null);
            try {
                sb.append(TracebackPrinter.formatUnchained(exc));
            } finally {
                exc.setTraceback(saved);
            }
        } else if (args.getItem(0) != PyNoneType.NONE) {
            sb.append(ObjectOps.str(args.getItem(0))).append('\n');
        }
        try {
            PyObject stderr = sysDict(interp).getItem("stderr");
            if (stderr == null || stderr == PyNoneType.NONE) {
                return;
            }
            PyStr text = PyStr.of(sb.toString());
            try {
                CallOps.callMethod(stderr, "write", text).decref();
            } finally {
                text.decref();
            }
        } catch (PythonException e) {
            // Nowhere left to report it.
            e.exception().decref();
        }
    }

    /** {@code sys}'s dict, made now if nothing has made {@code sys} yet (it always exists in CPython). */
    private static org.krait.runtime.objects.PyDict sysDict(Interpreter interp) {
        if (interp.sysDict() == null) {
            interp.importModule("sys");
        }
        return interp.sysDict();
    }

    private static String reprOrPlaceholder(PyObject o) {
        try {
            return ObjectOps.repr(o).toString();
        } catch (PythonException e) {
            e.exception().decref();
            return "<object repr() failed>";
        }
    }
}
