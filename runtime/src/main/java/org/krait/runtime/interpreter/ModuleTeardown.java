package org.krait.runtime.interpreter;

import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * The modules' part of an interpreter's finalization, in CPython 3.11's order
 * ({@code finalize_modules} in Python/pylifecycle.c), so that objects still alive when a program
 * ends are finalized ({@code __del__}, weakref callbacks) as they are there:
 *
 * <ol>
 *   <li>a collection, if the collector is enabled;
 *   <li>{@code builtins._} and some {@code sys} attributes set to None, the standard streams
 *       restored from {@code sys.__stdout__} and the others;
 *   <li>every module in {@code sys.modules}, in order, replaced by None (a module nothing else
 *       holds dies then, and its dict with it unless something else holds that);
 *   <li>{@code sys.modules} cleared, the builtins restored to what they were before {@code site}
 *       and the program changed them, and a full collection (the dicts kept alive only by their
 *       own functions' {@code __globals__} are cycles);
 *   <li>the modules still alive, the last imported first, have their dicts wiped (names with
 *       one leading underscore first, then all but {@code __builtins__}, each set to None);
 *   <li>the same wipe of {@code sys} and {@code builtins}, and a last collection.
 * </ol>
 *
 * A module is "still alive" when its count is above zero: the Java object of a dead one stays
 * reachable from this list, which is what CPython's weak references tell it.
 *
 * <p>Gap: Krait's collector does not track classes yet, so a cycle through a class (a module's
 * dict, its class, the class's methods, whose {@code __globals__} is that dict) is never freed,
 * and what only such a cycle holds is not finalized here, where CPython's step 4 would.
 */
final class ModuleTeardown {

    private static final String[] SYS_CLEARED = {
        "path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback", "path_hooks",
        "path_importer_cache", "meta_path", "__interactivehook__",
    };

    private static final String[] STD_STREAMS = {"stdin", "stdout", "stderr"};

    private ModuleTeardown() {
    }

    /** Runs the teardown with the GIL held, on the thread finalizing the interpreter. */
    static void run(Interpreter interp, PyDict builtinsAtStart) {
        org.krait.runtime.memory.GcHeap heap = interp.heap();
        if (heap.enabled) {
            heap.collect(2);
        }
        PyDict modules = interp.modulesDict();
        PyModule sys = interp.loadedModule("sys");
        PyDict sysDict = sys == null ? null : sys.dict();
        clearSpecial(interp, interp.builtins(), sysDict);
        List<PyModule> removed = new ArrayList<>();
        for (int i = 0; i < modules.entryBound(); i++) {
            PyObject key = modules.keyAt(i);
            PyObject value = modules.valueAt(i);
            if (key != null && value instanceof PyModule m) {
                removed.add(m);
                set(interp, modules, key, PyNoneType.NONE);
            }
        }
        modules.clear();
        if (builtinsAtStart != null) {
            PyDict current = interp.builtins();
            current.clear();
            for (int i = 0; i < builtinsAtStart.entryBound(); i++) {
                PyObject key = builtinsAtStart.keyAt(i);
                if (key != null) {
                    set(interp, current, key, builtinsAtStart.valueAt(i));
                }
            }
        }
        heap.collect(2);
        for (int i = removed.size() - 1; i >= 0; i--) {
            PyModule m = removed.get(i);
            if (m.refcnt() <= 0 || m.dict() == interp.builtins() || m.dict() == sysDict) {
                continue;
            }
            m.incref();
            try {
                wipe(interp, m.dict());
            } finally {
                m.decref();
            }
        }
        if (sysDict != null) {
            wipe(interp, sysDict);
        }
        wipe(interp, interp.builtins());
        heap.collect(2);
    }

    private static void clearSpecial(Interpreter interp, PyDict builtins, PyDict sysDict) {
        set(interp, builtins, "_", PyNoneType.NONE);
        if (sysDict == null) {
            return;
        }
        for (String name : SYS_CLEARED) {
            set(interp, sysDict, name, PyNoneType.NONE);
        }
        for (String name : STD_STREAMS) {
            PyObject original = sysDict.getItem("__" + name + "__");
            set(interp, sysDict, name, original == null ? PyNoneType.NONE : original);
        }
    }

    /**
     * A module dict's wipe ({@code _PyModule_ClearDict}): first the names with one leading
     * underscore, so that a module's private objects die before its public ones, then every name
     * but {@code __builtins__}, so that the finalizers that still run can use the builtins.
     */
    private static void wipe(Interpreter interp, PyDict d) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < d.entryBound(); i++) {
                PyObject key = d.keyAt(i);
                PyObject value = d.valueAt(i);
                if (key instanceof PyStr k && value != null && value != PyNoneType.NONE) {
                    String s = k.toString();
                    boolean privateName = s.startsWith("_") && !s.startsWith("__");
                    if (pass == 0 ? privateName : !s.equals("__builtins__")) {
                        set(interp, d, key, PyNoneType.NONE);
                    }
                }
            }
        }
    }

    /** {@code d[key] = value}; a failure (in a finalizer the change ran) is reported, never thrown. */
    private static void set(Interpreter interp, PyDict d, PyObject key, PyObject value) {
        try {
            d.setItem(key, value);
        } catch (PythonException e) {
            Unraisable.report(interp, e.exception(), null, null);
            e.exception().decref();
        }
    }

    private static void set(Interpreter interp, PyDict d, String key, PyObject value) {
        PyStr k = PyStr.of(key);
        try {
            set(interp, d, k, value);
        } finally {
            k.decref();
        }
    }
}
