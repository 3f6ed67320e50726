package org.krait.runtime.modules;

import static org.krait.runtime.objects.PyBuiltinFunctionOrMethod.define;

import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.interpreter.Unraisable;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.Slot;

/**
 * {@code atexit}: functions the interpreter calls, last registered first, when it shuts down
 * ({@link Interpreter#shutdown}), each failure reported as "Exception ignored in atexit
 * callback". CPython: Modules/atexitmodule.c.
 */
public final class AtexitModule {

    /** One registration: the function and its arguments (owned). */
    private record Callback(PyObject func, PyObject[] args, String[] kwnames) {
        void release() {
            func.decref();
            for (PyObject o : args) {
                o.decref();
            }
        }
    }

    /** The registrations of one interpreter, oldest first; under the GIL. */
    private static final class Callbacks {
        final List<Callback> list = new ArrayList<>();
    }

    private AtexitModule() {
    }

    public static PyModule create(Interpreter interp) {
        Callbacks cbs = interp.state(Callbacks.class, i -> new Callbacks());
        interp.setExitFunctions(() -> runAll(interp, cbs));
        PyDict d = new PyDict();
        PyModule m = new PyModule("atexit", d);
        PyStr doc = PyStr.of("allow programmer to define multiple exit functions to be executed\n"
                + "upon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n");
        d.setItem("__doc__", doc);
        doc.decref();
        define(d, "register", (s, a, kw) -> register(cbs, a, kw));
        define(d, "unregister", ArgSpec.ONE, (s, a, kw) -> {
            List<Callback> keep = new ArrayList<>();
            List<Callback> drop = new ArrayList<>();
            for (Callback c : cbs.list) {
                (ObjectOps.equal(c.func, a[0]) ? drop : keep).add(c);
            }
            cbs.list.clear();
            cbs.list.addAll(keep);
            drop.forEach(Callback::release);
            return PyNoneType.NONE;
        });
        define(d, "_run_exitfuncs", ArgSpec.NOARGS, (s, a, kw) -> {
            runAll(interp, cbs);
            return PyNoneType.NONE;
        });
        define(d, "_clear", ArgSpec.NOARGS, (s, a, kw) -> {
            clear(cbs);
            return PyNoneType.NONE;
        });
        define(d, "_ncallbacks", ArgSpec.NOARGS, (s, a, kw) -> PyInt.of(cbs.list.size()));
        m.adoptFunctions();
        d.decref();
        return m;
    }

    private static PyObject register(Callbacks cbs, PyObject[] a, String[] kw) {
        int npos = a.length - (kw == null ? 0 : kw.length);
        if (npos == 0) {
            throw PythonException.typeError("register() takes at least 1 argument (0 given)");
        }
        PyObject func = a[0];
        if (!func.type().has(Slot.CALL)) {
            throw PythonException.typeError("the first argument must be callable");
        }
        PyObject[] args = java.util.Arrays.copyOfRange(a, 1, a.length);
        for (PyObject o : args) {
            o.incref();
        }
        func.incref();
        cbs.list.add(new Callback(func, args, kw));
        return PyObject.newRef(func);
    }

    /** Calls every function, the last registered first, then forgets them all. */
    private static void runAll(Interpreter interp, Callbacks cbs) {
        for (int i = cbs.list.size() - 1; i >= 0; i--) {
            if (i >= cbs.list.size()) {
                // A callback unregistered others.
                continue;
            }
            Callback c = cbs.list.get(i);
            c.func.incref();
            try {
                CallOps.call(c.func, c.args, c.kwnames).decref();
            } catch (PythonException e) {
                Unraisable.report(interp, e.exception(), c.func, "Exception ignored in atexit callback");
                e.exception().decref();
            } finally {
                c.func.decref();
            }
        }
        clear(cbs);
    }

    private static void clear(Callbacks cbs) {
        List<Callback> all = new ArrayList<>(cbs.list);
        cbs.list.clear();
        all.forEach(Callback::release);
    }
}
