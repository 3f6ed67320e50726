package org.krait.runtime.builtins;

import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.interpreter.TracebackPrinter;
import org.krait.runtime.interpreter.Unraisable;
import org.krait.runtime.objects.PyBuiltinFunctionOrMethod;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyStructSequence;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PyTraceback;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;

/**
 * The hooks of {@code sys} that report what a program cannot handle itself, and audit events:
 * {@code excepthook}/{@code __excepthook__} (an exception that ends the program),
 * {@code unraisablehook}/{@code __unraisablehook__} (one raised where nobody can catch it, with
 * the struct sequence {@code UnraisableHookArgs}), {@code audit} and {@code addaudithook}.
 * CPython: Python/sysmodule.c, Python/errors.c ({@code _PyErr_WriteUnraisableMsg}).
 */
public final class SysHooks {

    /** The default {@code excepthook}, to tell it from one a program installed. */
    private static final String EXCEPTHOOK = "excepthook";

    /** Audit hooks of an interpreter, in the order they were added. */
    private static final class AuditHooks {
        final List<PyObject> hooks = new ArrayList<>();
    }

    private SysHooks() {
    }

    static void install(PyDict sys, Interpreter interp) {
        PyObject except = new PyBuiltinFunctionOrMethod(EXCEPTHOOK, null, null, ArgSpec.positional(3, 3),
                (s, a, kw) -> {
                    printException(interp, a[1], a[2]);
                    return PyNoneType.NONE;
                });
        sys.setItem("excepthook", except);
        sys.setItem("__excepthook__", except);
        except.decref();
        PyObject unraisable = new PyBuiltinFunctionOrMethod("unraisablehook", null, null, ArgSpec.ONE, (s, a, kw) -> {
            if (!(a[0] instanceof PyStructSequence) || a[0].type() != Unraisable.ARGS.type()) {
                throw PythonException.typeError("sys.unraisablehook argument type must be UnraisableHookArgs");
            }
            Unraisable.writeDefault(interp, (PyStructSequence) a[0]);
            return PyNoneType.NONE;
        });
        sys.setItem("unraisablehook", unraisable);
        sys.setItem("__unraisablehook__", unraisable);
        unraisable.decref();
        PyObject audit = new PyBuiltinFunctionOrMethod("audit", (s, a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PythonException.typeError("audit() takes no keyword arguments");
            }
            if (a.length == 0) {
                throw PythonException.typeError("audit() missing 1 required positional argument: 'event'");
            }
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            audit(interp, a[0], rest);
            return PyNoneType.NONE;
        });
        sys.setItem("audit", audit);
        audit.decref();
        PyObject add = new PyBuiltinFunctionOrMethod("addaudithook", null, null, ArgSpec.keywords(1, "hook"), (s, a, kw) -> {
            addAuditHook(interp, a[0]);
            return PyNoneType.NONE;
        });
        sys.setItem("addaudithook", add);
        add.decref();
    }

    /**
     * {@code sys.audit(event, *args)}: each hook is called with the event and the arguments as a
     * tuple. With no hooks nothing is checked, as in CPython.
     */
    static void audit(Interpreter interp, PyObject event, PyObject[] args) {
        List<PyObject> hooks = interp.state(AuditHooks.class, i -> new AuditHooks()).hooks;
        if (hooks.isEmpty()) {
            return;
        }
        if (!(event instanceof PyStr)) {
            throw PythonException.typeError("expected str for argument 'event', not " + event.type().name());
        }
        PyTuple tuple = PyTuple.of(args);
        try {
            for (PyObject hook : List.copyOf(hooks)) {
                CallOps.call(hook, event, tuple).decref();
            }
        } finally {
            tuple.decref();
        }
    }

    /**
     * {@code sys.addaudithook(hook)}: the hooks already there first hear "sys.addaudithook"; if one
     * of them raises an Exception the new hook is quietly not added (other exceptions go on).
     */
    private static void addAuditHook(Interpreter interp, PyObject hook) {
        PyStr event = PyStr.of("sys.addaudithook");
        try {
            audit(interp, event, new PyObject[0]);
        } catch (PythonException e) {
            if (e.exception().type().isSubtypeOf(ExceptionTypes.EXCEPTION)) {
                return;
            }
            throw e;
        } finally {
            event.decref();
        }
        hook.incref();
        interp.state(AuditHooks.class, i -> new AuditHooks()).hooks.add(hook);
    }

    /**
     * For an exception that ends the program: when the program replaced {@code sys.excepthook},
     * calls it with (type, value, traceback) and returns true (a hook that fails is reported as
     * CPython reports it: "Error in sys.excepthook:", its traceback, "Original exception was:"
     * and the first one's); false when the default applies and the caller prints the traceback.
     */
    public static boolean callCustomExceptHook(Interpreter interp, PyBaseException exc) {
        PyModule sys = interp.loadedModule("sys");
        if (sys == null) {
            return false;
        }
        PyObject hook = sys.dict().getItem("excepthook");
        if (hook instanceof PyBuiltinFunctionOrMethod && hook == sys.dict().getItem("__excepthook__")) {
            return false;
        }
        if (hook == null || hook == PyNoneType.NONE) {
            writeStderr(interp, "sys.excepthook is missing\n");
            writeStderr(interp, TracebackPrinter.format(exc));
            return true;
        }
        PyObject tb = exc.traceback() == null ? PyNoneType.NONE : exc.traceback();
        try {
            CallOps.call(hook, exc.type(), exc, tb).decref();
        } catch (PythonException e) {
            writeStderr(interp, "Error in sys.excepthook:\n" + TracebackPrinter.format(e.exception())
                    + "\nOriginal exception was:\n" + TracebackPrinter.format(exc));
        }
        return true;
    }

    /** The default excepthook's work: the traceback of {@code value} (with {@code tb} as its traceback) on sys.stderr. */
    private static void printException(Interpreter interp, PyObject value, PyObject tb) {
        if (!(value instanceof PyBaseException)) {
            writeStderr(interp, "TypeError: print_exception(): Exception expected for value, " + value.type().name()
                    + " found\n");
            return;
        }
        PyBaseException exc = (PyBaseException) value;
        PyTraceback saved = exc.traceback();
        exc.setTraceback(tb instanceof PyTraceback ? (PyTraceback) tb : null);
        try {
            writeStderr(interp, TracebackPrinter.format(exc));
        } finally {
            exc.setTraceback(saved);
        }
    }

    private static void writeStderr(Interpreter interp, String text) {
        if (text.isEmpty()) {
            return;
        }
        PyObject err = SysModule.currentStream(interp, "stderr");
        if (err == PyNoneType.NONE) {
            return;
        }
        PyStr s = PyStr.of(text);
        try {
            CallOps.callMethod(err, "write", s).decref();
        } finally {
            s.decref();
        }
    }
}
