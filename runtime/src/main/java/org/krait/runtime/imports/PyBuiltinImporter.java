package org.krait.runtime.imports;

import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyBuiltinFunctionOrMethod;
import org.krait.runtime.objects.PyClassmethod;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;

/**
 * {@code BuiltinImporter}: the meta path finder and loader of the modules written in Java
 * ({@code sys}, {@code math}, {@code posix}...). Used as the class itself, as in CPython; its
 * methods are class methods. CPython: BuiltinImporter in Lib/importlib/_bootstrap.py.
 */
public final class PyBuiltinImporter {

    public static final PyType TYPE = PyType.builtin("_frozen_importlib.BuiltinImporter", PyType.OBJECT);

    static {
        classMethod(TYPE, "find_spec", ArgSpec.keywords(2, "cls", "fullname", "path", "target"), (s, a, kw) -> {
            PyObject spec = findSpec(interp(), a[1].toString());
            return spec == null ? PyNoneType.NONE : spec;
        });
        classMethod(TYPE, "create_module", ArgSpec.positional(2, 2), (s, a, kw) -> createModule(interp(), a[1]));
        classMethod(TYPE, "exec_module", ArgSpec.positional(2, 2), (s, a, kw) -> {
            execModule(a[1]);
            return PyNoneType.NONE;
        });
        classMethod(TYPE, "is_package", ArgSpec.positional(2, 2), (s, a, kw) -> PyBool.FALSE);
        classMethod(TYPE, "get_code", ArgSpec.positional(2, 2), (s, a, kw) -> PyNoneType.NONE);
        classMethod(TYPE, "get_source", ArgSpec.positional(2, 2), (s, a, kw) -> PyNoneType.NONE);
    }

    private PyBuiltinImporter() {
    }

    /** Defines {@code name} on {@code type} as a class method implemented in Java (the class is {@code a[0]}). */
    static void classMethod(PyType type, String name, ArgSpec spec, Signature.Call impl) {
        PyObject f = new PyBuiltinFunctionOrMethod(name, spec, impl);
        type.define(name, PyClassmethod.of(f));
        f.decref();
    }

    static Interpreter interp() {
        return ThreadState.current().interpreter();
    }

    /** A spec for the builtin module {@code name}, or null when there is none of that name. New reference. */
    static PyObject findSpec(Interpreter interp, String name) {
        if (!interp.isBuiltinModule(name)) {
            return null;
        }
        return PyModuleSpec.of(name, TYPE, "built-in");
    }

    /** {@code create_module(spec)}: the module made by the module's Java factory. New reference. */
    static PyObject createModule(Interpreter interp, PyObject spec) {
        PyObject name = ObjectOps.getAttr(spec, "name");
        try {
            if (!interp.isBuiltinModule(name.toString())) {
                throw ImportErrors.importError(ObjectOps.repr(name) + " is not a built-in module", name, null);
            }
            return interp.makeBuiltinModule(name.toString());
        } finally {
            name.decref();
        }
    }

    /** {@code exec_module(module)}: nothing is left to run; the factory made the module complete. */
    static void execModule(PyObject module) {
        if (!(module instanceof PyModule)) {
            throw org.krait.runtime.objects.exceptions.PythonException.typeError("bad argument type for built-in operation");
        }
    }

    /** Imports the builtin module {@code name} without the meta path (for {@code sys} itself). New reference. */
    static PyObject load(ImportSystem imports, String name) {
        PyObject spec = findSpec(imports.interpreter(), name);
        try {
            return imports.loadUnlocked(spec);
        } finally {
            spec.decref();
        }
    }
}
