package org.krait.runtime.java;

import org.krait.runtime.imports.PyModuleSpec;
import org.krait.runtime.imports.PyPathFinder;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyBuiltinFunctionOrMethod;
import org.krait.runtime.objects.PyClassmethod;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;

/**
 * The meta path finder and loader of Java packages ({@code import java.util},
 * {@code from java.util import ArrayList}): on {@code sys.meta_path} between the builtin importer
 * and the path finder. A package is a module (repr {@code <module 'java.util' (java package)>})
 * whose {@code __getattr__} finds its public classes, as Python types, and its subpackages, as
 * modules, on first use. A Python module or package on {@code sys.path} wins over a Java package
 * of the same top-level name; a name that is neither is left to the finders after this one, so a
 * missing module still gives ModuleNotFoundError and a missing class ImportError or
 * AttributeError.
 */
public final class JavaImporter {

    public static final PyType TYPE = PyType.builtin("_krait_java.JavaImporter", PyType.OBJECT);

    /** The origin of a package's spec, shown in the module's repr. */
    static final String ORIGIN = "java package";

    static {
        classMethod("find_spec", ArgSpec.keywords(2, "cls", "fullname", "path", "target"), (s, a, kw) -> findSpec(a[1].toString()));
        classMethod("create_module", ArgSpec.positional(2, 2), (s, a, kw) -> PyNoneType.NONE);
        classMethod("exec_module", ArgSpec.positional(2, 2), (s, a, kw) -> {
            execModule(a[1]);
            return PyNoneType.NONE;
        });
        classMethod("is_package", ArgSpec.positional(2, 2), (s, a, kw) -> PyBool.TRUE);
    }

    private JavaImporter() {
    }

    private static void classMethod(String name, ArgSpec spec, Signature.Call impl) {
        PyObject f = new PyBuiltinFunctionOrMethod(name, spec, impl);
        TYPE.define(name, PyClassmethod.of(f));
        f.decref();
    }

    /** Puts the finder on {@code sys.meta_path} (the list in {@code sys}'s dict), before the path finder. */
    public static void install(PyDict sys) {
        PyObject meta = sys.getItem("meta_path");
        if (meta instanceof PyList) {
            int at = ((PyList) meta).size() > 0 ? ((PyList) meta).size() - 1 : 0;
            CallOps.callMethod(meta, "insert", org.krait.runtime.objects.PyInt.of(at), TYPE).decref();
        }
    }

    private static Interpreter interp() {
        return ThreadState.current().interpreter();
    }

    /** A spec for the Java package {@code name} (new reference), or None. */
    private static PyObject findSpec(String name) {
        Interpreter interp = interp();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            if (!JavaPackages.isPackage(interp, name)) {
                return PyNoneType.NONE;
            }
            PyObject python = CallOps.callMethod(PyPathFinder.TYPE, "find_spec", PyStr.of(name));
            boolean found = python != PyNoneType.NONE;
            python.decref();
            if (found) {
                return PyNoneType.NONE;
            }
        } else {
            PyObject parent = interp.modulesDict().getItem(name.substring(0, dot));
            PyObject loader = parent == null ? null : ObjectOps.lookupAttr(parent, PyStr.of("__loader__"));
            boolean javaParent = loader == TYPE;
            PyObject.xdecref(loader);
            if (!javaParent || !JavaPackages.isPackage(interp, name)) {
                return PyNoneType.NONE;
            }
        }
        PyStr n = PyStr.of(name);
        PyStr origin = PyStr.of(ORIGIN);
        try {
            return CallOps.call(PyModuleSpec.TYPE, new PyObject[] {n, TYPE, origin, PyBool.TRUE},
                    new String[] {"origin", "is_package"});
        } finally {
            n.decref();
            origin.decref();
        }
    }

    /** Gives the package module its {@code __getattr__}: classes and subpackages by name. */
    private static void execModule(PyObject module) {
        if (!(module instanceof PyModule)) {
            throw PythonException.typeError("a Java package loads into a module, not " + module.type().name());
        }
        PyModule m = (PyModule) module;
        String pkg = m.name();
        PyDict dict = m.dict();
        PyObject getattr = new PyBuiltinFunctionOrMethod("__getattr__", ArgSpec.ONE, (s, a, kw) -> member(pkg, dict, a[0]));
        dict.setItem("__getattr__", getattr);
        getattr.decref();
    }

    /** The class or subpackage {@code attr} of the package {@code pkg}, kept in its dict (borrowed) once found. */
    private static PyObject member(String pkg, PyDict dict, PyObject attr) {
        String name = attr.toString();
        if (!name.startsWith("__")) {
            Interpreter interp = interp();
            String full = pkg + "." + name;
            Class<?> c = JavaPackages.findClass(interp, full);
            if (c != null) {
                PyType t = JavaTypes.typeOf(c);
                dict.setItem(name, t);
                return t;
            }
            if (JavaPackages.isPackage(interp, full)) {
                return PyObject.newRef(interp.importModule(full));
            }
        }
        throw PythonException.attributeError("Java package '" + pkg + "' has no class or package '" + name + "'");
    }
}
