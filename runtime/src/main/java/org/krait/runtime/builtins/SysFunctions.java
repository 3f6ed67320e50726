package org.krait.runtime.builtins;

import static org.krait.runtime.objects.PyBuiltinFunctionOrMethod.define;

import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.interpreter.PyFrame;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyStructSequence;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.types.ArgSpec;

/**
 * The functions of {@code sys} about the running program and the interpreter's settings (the
 * ones with more to them live in {@link SysModule}, {@link SysHooks}, {@link DisplayHook}):
 * tracing, recursion limit, switch interval, async generator hooks, coroutine origin tracking,
 * frames and exceptions of the thread, and the ones that only report CPython internals Krait does
 * not have ({@code getallocatedblocks}, {@code _clear_type_cache}...). CPython: Python/sysmodule.c.
 */
final class SysFunctions {

    static final PyStructSequence.Spec ASYNCGEN_HOOKS = PyStructSequence.newType("asyncgen_hooks",
            new String[] {"firstiter", "finalizer"}, 2, false);

    /** The settings a program changes through {@code sys}, per interpreter. */
    private static final class Settings {
        int coroutineOriginDepth;
        int dlopenFlags = 2;
        PyObject firstiter = PyNoneType.NONE;
        PyObject finalizer = PyNoneType.NONE;
    }

    private SysFunctions() {
    }

    static void install(PyDict d, Interpreter interp) {
        Settings settings = interp.state(Settings.class, i -> new Settings());
        define(d, "settrace", ArgSpec.ONE, (s, a, kw) -> {
            ThreadState.current().setTrace(a[0] == PyNoneType.NONE ? null : a[0]);
            return PyNoneType.NONE;
        });
        define(d, "gettrace", ArgSpec.NOARGS, (s, a, kw) -> orNone(ThreadState.current().trace()));
        define(d, "setprofile", ArgSpec.ONE, (s, a, kw) -> {
            ThreadState.current().setProfile(a[0] == PyNoneType.NONE ? null : a[0]);
            return PyNoneType.NONE;
        });
        define(d, "getprofile", ArgSpec.NOARGS, (s, a, kw) -> orNone(ThreadState.current().profile()));
        define(d, "call_tracing", ArgSpec.positional(2, 2), (s, a, kw) -> {
            if (!(a[1] instanceof PyTuple)) {
                throw PythonException.typeError("call_tracing() argument 2 must be tuple, not " + a[1].type().name());
            }
            return CallOps.call(a[0], ((PyTuple) a[1]).toArray(), null);
        });
        define(d, "getrecursionlimit", ArgSpec.NOARGS, (s, a, kw) -> PyInt.of(interp.recursionLimit()));
        define(d, "setrecursionlimit", ArgSpec.ONE, (s, a, kw) -> {
            interp.setRecursionLimit(cInt(a[0]));
            return PyNoneType.NONE;
        });
        define(d, "getswitchinterval", ArgSpec.NOARGS, (s, a, kw) -> new PyFloat(interp.gil().switchInterval()));
        define(d, "setswitchinterval", ArgSpec.ONE, (s, a, kw) -> {
            if (!(a[0] instanceof PyFloat) && !(a[0] instanceof PyInt)) {
                throw PythonException.typeError("must be real number, not " + a[0].type().name());
            }
            double v = NumberOps.toDouble(a[0]);
            if (!(v > 0)) {
                throw PythonException.valueError("switch interval must be strictly positive");
            }
            interp.gil().setSwitchInterval(v);
            return PyNoneType.NONE;
        });
        define(d, "get_coroutine_origin_tracking_depth", ArgSpec.NOARGS,
                (s, a, kw) -> PyInt.of(settings.coroutineOriginDepth));
        define(d, "set_coroutine_origin_tracking_depth", ArgSpec.keywords(1, "depth"), (s, a, kw) -> {
            int depth = cInt(a[0]);
            if (depth < 0) {
                throw PythonException.valueError("depth must be >= 0");
            }
            settings.coroutineOriginDepth = depth;
            return PyNoneType.NONE;
        });
        define(d, "get_asyncgen_hooks", ArgSpec.NOARGS,
                (s, a, kw) -> PyStructSequence.of(ASYNCGEN_HOOKS, settings.firstiter, settings.finalizer));
        define(d, "set_asyncgen_hooks", ArgSpec.keywords(0, "firstiter", "finalizer"), (s, a, kw) -> {
            PyObject first = a.length > 0 ? a[0] : null;
            PyObject fin = a.length > 1 ? a[1] : null;
            checkHook(fin, "finalizer");
            checkHook(first, "firstiter");
            if (fin != null) {
                settings.finalizer = PyObject.newRef(fin);
            }
            if (first != null) {
                settings.firstiter = PyObject.newRef(first);
            }
            return PyNoneType.NONE;
        });
        define(d, "getdlopenflags", ArgSpec.NOARGS, (s, a, kw) -> PyInt.of(settings.dlopenFlags));
        define(d, "setdlopenflags", ArgSpec.ONE, (s, a, kw) -> {
            settings.dlopenFlags = cInt(a[0]);
            return PyNoneType.NONE;
        });
        define(d, "getfilesystemencoding", ArgSpec.NOARGS, (s, a, kw) -> PyStr.of("utf-8"));
        define(d, "getfilesystemencodeerrors", ArgSpec.NOARGS, (s, a, kw) -> PyStr.of("surrogateescape"));
        define(d, "is_finalizing", ArgSpec.NOARGS, (s, a, kw) -> PyBool.FALSE);
        define(d, "_current_frames", ArgSpec.NOARGS, (s, a, kw) -> {
            PyDict out = new PyDict();
            PyFrame f = ThreadState.current().frame();
            if (f != null) {
                PyInt id = PyInt.of(Thread.currentThread().getId());
                out.setItem(id, f);
                id.decref();
            }
            return out;
        });
        define(d, "_current_exceptions", ArgSpec.NOARGS, (s, a, kw) -> {
            PyDict out = new PyDict();
            PyBaseException e = ThreadState.current().handled();
            PyInt id = PyInt.of(Thread.currentThread().getId());
            out.setItem(id, e == null ? PyNoneType.NONE : e);
            id.decref();
            return out;
        });
        if (interp.config().flags().noSite() == 0) {
            // site's hook that sets up line editing for the prompt; Krait's prompt has none to set up.
            define(d, "__interactivehook__", ArgSpec.NOARGS, (s, a, kw) -> PyNoneType.NONE);
        }
        // CPython internals with nothing behind them in Krait.
        define(d, "_clear_type_cache", ArgSpec.NOARGS, (s, a, kw) -> PyNoneType.NONE);
        define(d, "_debugmallocstats", ArgSpec.NOARGS, (s, a, kw) -> PyNoneType.NONE);
        define(d, "getallocatedblocks", ArgSpec.NOARGS, (s, a, kw) -> PyInt.of(0));
        define(d, "_getquickenedcount", ArgSpec.NOARGS, (s, a, kw) -> PyInt.of(0));
    }

    private static PyObject orNone(PyObject o) {
        return PyObject.newRef(o == null ? PyNoneType.NONE : o);
    }

    private static void checkHook(PyObject hook, String name) {
        if (hook != null && hook != PyNoneType.NONE && !hook.type().has(org.krait.runtime.types.Slot.CALL)) {
            throw PythonException.typeError("callable " + name + " expected, got " + hook.type().name());
        }
    }

    /** Argument Clinic's {@code int}: an index that fits a C int. */
    static int cInt(PyObject o) {
        if (o instanceof PyFloat) {
            throw PythonException.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = NumberOps.index(o);
        try {
            if (!i.isLong() || i.longValue() != (int) i.longValue()) {
                throw PythonException.overflow("Python int too large to convert to C int");
            }
            return (int) i.longValue();
        } finally {
            if (i != o) {
                i.decref();
            }
        }
    }
}
