package org.krait.runtime.builtins;

import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyBuiltinFunctionOrMethod;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.objects.exceptions.Warnings;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;

/**
 * {@code sys.breakpointhook} (also {@code sys.__breakpointhook__}) and the builtin
 * {@code breakpoint} that calls it (CPython: PEP 553). The hook named by
 * {@code $PYTHONBREAKPOINT} (not under -E), by default {@code pdb.set_trace}, is imported and
 * called; {@code 0} turns breakpoints off; a hook that cannot be imported is a RuntimeWarning and
 * no breakpoint, which is what {@code breakpoint()} does in Krait until it has {@code pdb}.
 */
final class BreakpointHook {

    private BreakpointHook() {
    }

    /** Puts the hook into {@code sys}'s namespace. */
    static void install(PyDict sys, Interpreter interp) {
        PyBuiltinFunctionOrMethod hook = new PyBuiltinFunctionOrMethod("breakpointhook", (s, a, kw) -> hook(interp, a, kw));
        sys.setItem("breakpointhook", hook);
        sys.setItem("__breakpointhook__", hook);
        hook.decref();
    }

    /** {@code breakpoint(*args, **kws)}: {@code sys.breakpointhook(*args, **kws)}. */
    static PyObject breakpoint(Interpreter interp, PyObject[] a, String[] kw) {
        PyObject sys = interp.importModule("sys");
        PyObject hook = sys instanceof org.krait.runtime.objects.PyModule
                ? ((org.krait.runtime.objects.PyModule) sys).dict().getItem("breakpointhook") : null;
        if (hook == null) {
            throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "lost sys.breakpointhook");
        }
        return CallOps.call(hook, a, kw);
    }

    private static PyObject hook(Interpreter interp, PyObject[] a, String[] kw) {
        String name = interp.config().flags().ignoreEnvironment() != 0 ? null : System.getenv("PYTHONBREAKPOINT");
        if (name == null || name.isEmpty()) {
            name = "pdb.set_trace";
        } else if (name.equals("0")) {
            return PyNoneType.NONE;
        }
        int dot = name.lastIndexOf('.');
        String module = dot < 0 ? "builtins" : name.substring(0, dot);
        String attribute = dot < 0 ? name : name.substring(dot + 1);
        PyObject function;
        try {
            function = ObjectOps.getAttr(interp.importModule(module), attribute);
        } catch (PythonException e) {
            if (!e.matches(ExceptionTypes.IMPORT_ERROR) && !e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            Warnings.warn(ExceptionTypes.RUNTIME_WARNING, "Ignoring unimportable $PYTHONBREAKPOINT: \"" + name + "\"", 1);
            return PyNoneType.NONE;
        }
        try {
            return CallOps.call(function, a, kw);
        } finally {
            function.decref();
        }
    }
}
