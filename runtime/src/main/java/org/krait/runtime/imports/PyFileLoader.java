package org.krait.runtime.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyNotImplementedType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code FileLoader}: the base of the loaders of one file, named {@code name} at {@code path}
 * (both in its dict, as CPython's). Its methods reach the subclass's Python-visible overrides
 * when a program subclasses it, and Krait's Java code otherwise. CPython: FileLoader and
 * _LoaderBasics in Lib/importlib/_bootstrap_external.py.
 */
public abstract class PyFileLoader extends ImportObject {

    public static final PyType TYPE = PyType.builtin("_frozen_importlib_external.FileLoader", PyType.OBJECT);

    static {
        TYPE.slot(Slot.INIT, bound(ArgSpec.keywords(2, "fullname", "path"), "__init__", (self, a, kw) -> {
            ((PyFileLoader) self).init(a[0], a[1]);
            return PyNoneType.NONE;
        }));
        TYPE.slot(Slot.EQ, (Signature.Binary) (a, b) -> b instanceof PyFileLoader
                ? PyBool.of(a.type() == b.type() && ObjectOps.equal(((PyFileLoader) a).dict(), ((PyFileLoader) b).dict()))
                : PyNotImplementedType.NOT_IMPLEMENTED);
        TYPE.slot(Slot.HASH, (Signature.Hash) self -> ObjectOps.hash(((PyFileLoader) self).field("name"))
                ^ ObjectOps.hash(((PyFileLoader) self).field("path")));
        TYPE.method("get_filename", ArgSpec.keywords(0, "name"), (self, a, kw) ->
                PyStr.of(((PyFileLoader) self).filename(a.length > 0 && a[0] != null && a[0] != PyNoneType.NONE ? a[0].toString() : null)));
        TYPE.method("get_data", ArgSpec.ONE, (self, a, kw) -> PyBytes.of(readFile(PyFileFinder.fspath(a[0]))));
        TYPE.method("is_package", ArgSpec.ONE, (self, a, kw) -> PyBool.of(((PyFileLoader) self).isPackage(a[0].toString())));
        TYPE.method("create_module", ArgSpec.ONE, (self, a, kw) -> PyNoneType.NONE);
        TYPE.method("exec_module", ArgSpec.ONE, (self, a, kw) -> {
            ((PyFileLoader) self).execModule(ThreadState.current().interpreter().imports(), a[0]);
            return PyNoneType.NONE;
        });
        TYPE.method("get_code", ArgSpec.ONE, (self, a, kw) -> {
            PyCode code = ((PyFileLoader) self).getCode(ThreadState.current().interpreter().imports(), a[0].toString());
            return code == null ? PyNoneType.NONE : code;
        });
        TYPE.method("load_module", ArgSpec.keywords(0, "fullname"), (self, a, kw) -> {
            PyObject name = a.length > 0 && a[0] != null ? a[0] : ((PyFileLoader) self).field("name");
            return ThreadState.current().interpreter().imports().importAbsolute(name.toString());
        });
    }

    PyFileLoader(PyType type) {
        super(type);
    }

    PyFileLoader(PyType type, String name, String path) {
        super(type);
        PyStr n = PyStr.of(name);
        PyStr p = PyStr.of(path);
        init(n, p);
        n.decref();
        p.decref();
    }

    private void init(PyObject name, PyObject path) {
        setField("name", name);
        setField("path", path);
    }

    /** The Python type of this Java class, which its program-made subclasses differ from. */
    abstract PyType baseType();

    /** The module's code (new reference), or null when there is none. */
    abstract PyCode getCode(ImportSystem imports, String fullname);

    /** {@code get_filename(name)}: the file's path; ImportError if {@code name} is not this loader's module. */
    final String filename(String name) {
        String own = stringField("name");
        if (name != null && !name.equals(own)) {
            PyStr n = PyStr.of(name);
            try {
                throw ImportErrors.importError("loader for " + own + " cannot handle " + name, n, null);
            } finally {
                n.decref();
            }
        }
        return stringField("path");
    }

    /** {@code is_package(fullname)}: whether the file is a package's {@code __init__}. */
    final boolean isPackage(String fullname) {
        String file = filename(fullname);
        String base = file.substring(file.lastIndexOf('/') + 1);
        int dot = base.indexOf('.');
        base = dot < 0 ? base : base.substring(0, dot);
        String tail = fullname.substring(fullname.lastIndexOf('.') + 1);
        return base.equals("__init__") && !tail.equals("__init__");
    }

    /** {@code exec_module(module)}: runs the module's code in its namespace. */
    final void execModule(ImportSystem imports, PyObject module) {
        PyObject name = ObjectOps.getAttr(module, "__name__");
        PyObject code;
        try {
            code = type() == baseType() ? getCode(imports, name.toString()) : CallOps.callMethod(this, "get_code", name);
            if (code == null || code == PyNoneType.NONE) {
                throw ImportErrors.importError("cannot load module " + ObjectOps.repr(name) + " when get_code() returns None", null, null);
            }
        } finally {
            name.decref();
        }
        try {
            if (!(code instanceof PyCode)) {
                throw PythonException.typeError("exec() arg 1 must be a string, bytes or code object");
            }
            imports.runModuleCode((PyCode) code, module);
        } finally {
            code.decref();
        }
    }

    /** A file's bytes; OSError as {@code open(path, 'rb').read()} raises it. */
    static byte[] readFile(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw ImportErrors.osError(e, path);
        }
    }
}
