package org.krait.runtime.modules;

import static org.krait.runtime.objects.PyBuiltinFunctionOrMethod.define;

import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.interpreter.TracebackPrinter;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyStructSequence;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;

/**
 * {@code sys.unraisablehook}: exceptions that have no caller to go to (from {@code __del__}, weak
 * reference callbacks, gc callbacks) go to the running interpreter's hook, whose default, {@code
 * sys.__unraisablehook__}, prints "Exception ignored in: ..." and the traceback to
 * {@code sys.stderr}. CPython: {@code PyErr_WriteUnraisable} in Python/errors.c.
 */
public final class UnraisableHook {

    private static final PyStructSequence.Spec ARGS = PyStructSequence.newType("UnraisableHookArgs",
            new String[] {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"}, 5, false);

    private UnraisableHook() {
    }

    /**
     * Puts {@code sys.unraisablehook} and {@code sys.__unraisablehook__} in the sys namespace
     * {@code d}, and makes this class the reporter of {@link org.krait.runtime.memory.Unraisable}.
     */
    public static void install(PyDict d) {
        org.krait.runtime.memory.Unraisable.setReporter(UnraisableHook::report);
        define(d, "unraisablehook", ArgSpec.ONE, (s, a, kw) -> {
            printDefault(a[0]);
            return PyNoneType.NONE;
        });
        d.setItem("__unraisablehook__", d.getItem("unraisablehook"));
    }

    /**
     * Reports {@code exc}, raised where nothing can catch it, about {@code obj} (may be null) with
     * the message {@code errMsg} (null for "Exception ignored in").
     */
    public static void report(PyBaseException exc, String errMsg, PyObject obj) {
        ThreadState ts = ThreadState.current();
        PyModule sys = ts == null ? null : ts.interpreter().loadedModule("sys");
        PyObject tb = exc.traceback() == null ? PyNoneType.NONE : exc.traceback();
        PyStr msg = errMsg == null ? null : PyStr.of(errMsg);
        PyStructSequence args = PyStructSequence.of(ARGS, exc.type(), exc, tb,
                msg == null ? PyNoneType.NONE : msg, obj == null ? PyNoneType.NONE : obj);
        xdecref(msg);
        try {
            PyObject hook = sys == null ? null : sys.dict().getItem("unraisablehook");
            if (hook == null || hook == PyNoneType.NONE) {
                printDefault(args);
            } else {
                CallOps.call(hook, args).decref();
            }
        } catch (PythonException e) {
            // The hook itself failed: CPython reports that failure with the default printer.
            PyStructSequence again = PyStructSequence.of(ARGS, e.exception().type(), e.exception(),
                    e.exception().traceback() == null ? PyNoneType.NONE : e.exception().traceback(),
                    PyStr.of("Exception ignored in sys.unraisablehook"), PyNoneType.NONE);
            printDefault(again);
            again.decref();
            e.exception().decref();
        } finally {
            args.decref();
        }
    }

    private static void xdecref(PyObject o) {
        if (o != null) {
            o.decref();
        }
    }

    /** {@code sys.__unraisablehook__}: CPython's {@code write_unraisable_exc_file}. */
    private static void printDefault(PyObject hookArgs) {
        PyStructSequence a = (PyStructSequence) hookArgs;
        PyObject excValue = a.field(1);
        PyObject errMsg = a.field(3);
        PyObject obj = a.field(4);
        StringBuilder sb = new StringBuilder();
        if (obj != PyNoneType.NONE) {
            sb.append(errMsg != PyNoneType.NONE ? errMsg.toString() + ": " : "Exception ignored in: ");
            String r;
            try {
                r = ObjectOps.repr(obj).toString();
            } catch (PythonException e) {
                e.exception().decref();
                r = "<object repr() failed>";
            }
            sb.append(r).append('\n');
        } else if (errMsg != PyNoneType.NONE) {
            sb.append(errMsg).append(":\n");
        }
        if (excValue instanceof PyBaseException e) {
            sb.append(TracebackPrinter.format(e));
        }
        write(sb.toString());
    }

    private static void write(String text) {
        ThreadState ts = ThreadState.current();
        PyModule sys = ts == null ? null : ts.interpreter().loadedModule("sys");
        PyObject err = sys == null ? null : sys.dict().getItem("stderr");
        if (err == null || err == PyNoneType.NONE) {
            if (ts != null) {
                ts.interpreter().err().print(text);
            }
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
