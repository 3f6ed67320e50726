package org.krait.runtime.builtins;

import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyBuiltinFunctionOrMethod;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;

/**
 * {@code sys.displayhook} (also {@code sys.__displayhook__}): how the interactive prompt shows an
 * expression statement's value. PRINT_EXPR calls whatever {@code sys.displayhook} is.
 * CPython: {@code sys_displayhook} in Python/sysmodule.c.
 */
final class DisplayHook {

    private DisplayHook() {
    }

    /** Puts {@code displayhook} and {@code __displayhook__} into the namespace of a new {@code sys} module. */
    static void install(PyDict sys, Interpreter interp) {
        PyObject hook = new PyBuiltinFunctionOrMethod("displayhook", null, null, org.krait.runtime.types.ArgSpec.ONE,
                (s, a, kw) -> display(interp, a[0]));
        sys.setItem("displayhook", hook);
        sys.setItem("__displayhook__", hook);
        hook.decref();
    }

    /**
     * None shows nothing; anything else is written as {@code repr(value)} and a newline to the
     * current {@code sys.stdout}, and becomes {@code builtins._}. {@code _} is None while the repr
     * runs, so a repr that reads {@code _} cannot see the value being shown.
     */
    private static PyObject display(Interpreter interp, PyObject value) {
        if (value == PyNoneType.NONE) {
            return PyNoneType.NONE;
        }
        PyDict builtins = interp.builtins();
        builtins.setItem("_", PyNoneType.NONE);
        PyModule sys = interp.loadedModule("sys");
        PyObject out = sys == null ? null : sys.dict().getItem("stdout");
        if (out == null || out == PyNoneType.NONE) {
            throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "lost sys.stdout");
        }
        PyStr text = ObjectOps.repr(value);
        try {
            write(out, text);
        } finally {
            text.decref();
        }
        PyStr newline = PyStr.of("\n");
        try {
            write(out, newline);
        } finally {
            newline.decref();
        }
        builtins.setItem("_", value);
        return PyNoneType.NONE;
    }

    private static void write(PyObject file, PyStr text) {
        PyObject write = ObjectOps.getAttr(file, "write");
        try {
            CallOps.call(write, text).decref();
        } finally {
            write.decref();
        }
    }
}
