package org.krait.runtime.imports;

import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;

/**
 * {@code python3 -m NAME}: finds the module on {@code sys.path} (a package runs its
 * {@code __main__} submodule) and runs its code in {@code __main__}'s namespace with the module's
 * spec, file and loader, as CPython's runpy does. CPython: _run_module_as_main and
 * _get_module_details in Lib/runpy.py.
 */
public final class ModuleRunner {

    /** Why a module cannot be run, worded as runpy words it ({@code No module named x}). */
    public static final class NotRunnable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotRunnable(String message) {
            super(message, null, false, false);
        }
    }

    private ModuleRunner() {
    }

    /** The module's spec and code, found as runpy's {@code _get_module_details}. */
    private record Details(String name, PyObject spec, PyCode code) {
    }

    /**
     * Runs module {@code name} as {@code __main__} in {@code main}'s namespace; with
     * {@code alterArgv}, {@code sys.argv[0]} becomes the module's file.
     *
     * @throws NotRunnable when the module cannot be found or run (the command prints it and exits with 1)
     */
    public static void runAsMain(Interpreter interp, String name, PyModule main, boolean alterArgv) {
        interp.attachThread();
        Details d = details(interp, name);
        try {
            PyDict g = main.dict();
            if (alterArgv) {
                PyObject argv = interp.imports().sysAttr("argv");
                PyObject origin = ObjectOps.getAttr(d.spec, "origin");
                if (argv instanceof PyList && ((PyList) argv).size() > 0) {
                    ((PyList) argv).setItem(0, origin);
                }
                origin.decref();
            }
            runCode(interp, d, g);
        } finally {
            d.spec.decref();
            d.code.decref();
        }
    }

    private static void runCode(Interpreter interp, Details d, PyDict g) {
        PyStr mainName = PyStr.of("__main__");
        g.setItem("__name__", mainName);
        mainName.decref();
        PyObject origin = ObjectOps.getAttr(d.spec, "origin");
        PyObject cached = ObjectOps.getAttr(d.spec, "cached");
        PyObject loader = ObjectOps.getAttr(d.spec, "loader");
        PyObject parent = ObjectOps.getAttr(d.spec, "parent");
        g.setItem("__file__", origin);
        g.setItem("__cached__", cached);
        g.setItem("__doc__", PyNoneType.NONE);
        g.setItem("__loader__", loader);
        g.setItem("__package__", parent);
        g.setItem("__spec__", d.spec);
        for (PyObject o : new PyObject[] {origin, cached, loader, parent}) {
            o.decref();
        }
        interp.runCode(d.code, g, g).decref();
    }

    private static Details details(Interpreter interp, String name) {
        ImportSystem imports = interp.imports();
        if (name.startsWith(".")) {
            throw new NotRunnable("Relative module names not supported");
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            String pkg = name.substring(0, dot);
            try {
                imports.importAbsolute(pkg).decref();
            } catch (PythonException e) {
                if (!e.matches(ExceptionTypes.IMPORT_ERROR)) {
                    throw e;
                }
                PyObject n = e.exception().dict().getItem("name");
                String failed = n instanceof PyStr ? n.toString() : null;
                if (failed == null || !failed.equals(pkg) && !pkg.startsWith(failed + ".")) {
                    throw e;
                }
            }
        }
        PyObject spec;
        try {
            spec = findSpec(imports, name);
        } catch (PythonException e) {
            PyObject t = e.exception().type();
            if (!e.matches(ExceptionTypes.IMPORT_ERROR) && !e.matches(ExceptionTypes.ATTRIBUTE_ERROR)
                    && !e.matches(ExceptionTypes.TYPE_ERROR) && !e.matches(ExceptionTypes.VALUE_ERROR)) {
                throw e;
            }
            String msg = "Error while finding module specification for " + repr(name) + " ("
                    + ((org.krait.runtime.types.PyType) t).name() + ": " + ObjectOps.str(e.exception()) + ")";
            if (name.endsWith(".py")) {
                msg += ". Try using '" + name.substring(0, name.length() - 3) + "' instead of '" + name + "' as the module name.";
            }
            throw new NotRunnable(msg);
        }
        if (spec == null) {
            throw new NotRunnable("No module named " + name);
        }
        PyObject locations = ObjectOps.getAttr(spec, "submodule_search_locations");
        boolean isPackage = locations != PyNoneType.NONE;
        locations.decref();
        if (isPackage) {
            spec.decref();
            if (name.equals("__main__") || name.endsWith(".__main__")) {
                throw new NotRunnable("Cannot use package as __main__ module");
            }
            try {
                return details(interp, name + ".__main__");
            } catch (NotRunnable e) {
                if (interp.modulesDict().getItem(name) == null) {
                    throw e;
                }
                throw new NotRunnable(e.getMessage() + "; " + repr(name) + " is a package and cannot be directly executed");
            }
        }
        PyObject loader = ObjectOps.getAttr(spec, "loader");
        try {
            if (loader == PyNoneType.NONE) {
                spec.decref();
                throw new NotRunnable(repr(name) + " is a namespace package and cannot be executed");
            }
            PyObject code;
            try {
                PyStr n = PyStr.of(name);
                code = CallOps.callMethod(loader, "get_code", n);
                n.decref();
            } catch (PythonException e) {
                if (!e.matches(ExceptionTypes.IMPORT_ERROR)) {
                    throw e;
                }
                spec.decref();
                throw new NotRunnable(ObjectOps.str(e.exception()).toString());
            }
            if (!(code instanceof PyCode)) {
                code.decref();
                spec.decref();
                throw new NotRunnable("No code object available for " + name);
            }
            return new Details(name, spec, (PyCode) code);
        } finally {
            loader.decref();
        }
    }

    /** {@code importlib.util.find_spec(name)} for an absolute name: null when not found. New reference. */
    static PyObject findSpec(ImportSystem imports, String name) {
        PyObject existing = imports.interpreter().modulesDict().getItem(name);
        if (existing != null) {
            if (existing == PyNoneType.NONE) {
                return null;
            }
            PyObject spec = ObjectOps.lookupAttr(existing, PyStr.of("__spec__"));
            if (spec == null) {
                throw PythonException.valueError(name + ".__spec__ is not set");
            }
            if (spec == PyNoneType.NONE) {
                throw PythonException.valueError(name + ".__spec__ is None");
            }
            return spec;
        }
        int dot = name.lastIndexOf('.');
        PyObject path = null;
        if (dot > 0) {
            String parentName = name.substring(0, dot);
            PyObject parent = imports.importAbsolute(parentName);
            path = ObjectOps.lookupAttr(parent, PyStr.of("__path__"));
            parent.decref();
            if (path == null) {
                throw ImportErrors.moduleNotFound("__path__ attribute not found on " + repr(parentName) + " while trying to find "
                        + repr(name), name);
            }
        }
        try {
            return imports.findSpec(name, path);
        } finally {
            PyObject.xdecref(path);
        }
    }

    private static String repr(String s) {
        return ArchiveImporter.repr(s);
    }
}
