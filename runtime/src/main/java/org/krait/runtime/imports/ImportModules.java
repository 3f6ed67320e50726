package org.krait.runtime.imports;

import static org.krait.runtime.objects.PyBuiltinFunctionOrMethod.define;

import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;

/**
 * The builtin modules through which Python code reaches the import system: {@code _imp},
 * {@code _frozen_importlib} and {@code _frozen_importlib_external} (CPython's names for the
 * bootstrap, under which Krait's Java classes appear), and {@code zipimport}. The bundled
 * {@code importlib} package is written over them.
 */
public final class ImportModules {

    private ImportModules() {
    }

    /** Registers the modules with {@code interp}. */
    public static void register(Interpreter interp) {
        // One factory for the four, so that start-up makes one lambda class, not four.
        for (String name : new String[] {"_imp", "_frozen_importlib", "_frozen_importlib_external", "zipimport"}) {
            interp.registerBuiltinModule(name, i -> make(i, name));
        }
    }

    private static PyModule make(Interpreter interp, String name) {
        switch (name) {
            case "_imp":
                return imp(interp);
            case "_frozen_importlib":
                return bootstrap(interp);
            case "_frozen_importlib_external":
                return external(interp);
            default:
                return zipimport(interp);
        }
    }

    private static PyModule module(String name, PyDict d) {
        PyModule m = new PyModule(name, d);
        m.adoptFunctions();
        d.decref();
        return m;
    }

    private static PyModule imp(Interpreter interp) {
        PyDict d = new PyDict();
        PyStr mode = PyStr.of(interp.imports().checkHashBasedPycs());
        d.setItem("check_hash_based_pycs", mode);
        mode.decref();
        define(d, "source_hash", ArgSpec.keywords(2, "key", "source"), (s, a, kw) ->
                PyBytes.of(hashBytes(PycFiles.sourceHash(PyBytes.bytesLike(a[1])))));
        define(d, "is_builtin", ArgSpec.ONE, (s, a, kw) -> {
            String n = a[0].toString();
            return PyInt.of(!interp.isBuiltinModule(n) ? 0 : n.equals("sys") || n.equals("builtins") ? -1 : 1);
        });
        define(d, "is_frozen", ArgSpec.ONE, (s, a, kw) -> PyBool.FALSE);
        define(d, "extension_suffixes", ArgSpec.NOARGS, (s, a, kw) -> new PyList());
        define(d, "lock_held", ArgSpec.NOARGS, (s, a, kw) -> PyBool.FALSE);
        define(d, "acquire_lock", ArgSpec.NOARGS, (s, a, kw) -> PyNoneType.NONE);
        define(d, "release_lock", ArgSpec.NOARGS, (s, a, kw) -> PyNoneType.NONE);
        define(d, "create_builtin", ArgSpec.ONE, (s, a, kw) -> PyBuiltinImporter.createModule(interp, a[0]));
        define(d, "exec_builtin", ArgSpec.ONE, (s, a, kw) -> PyInt.of(0));
        return module("_imp", d);
    }

    private static byte[] hashBytes(long h) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (h >>> (8 * i));
        }
        return b;
    }

    private static PyModule bootstrap(Interpreter interp) {
        PyDict d = new PyDict();
        d.setItem("ModuleSpec", PyModuleSpec.TYPE);
        d.setItem("BuiltinImporter", PyBuiltinImporter.TYPE);
        define(d, "module_from_spec", ArgSpec.ONE, (s, a, kw) -> interp.imports().moduleFromSpec(a[0]));
        define(d, "_init_module_attrs", ArgSpec.keywords(2, "spec", "module", "override"), (s, a, kw) -> {
            interp.imports().initModuleAttrs(a[0], a[1], a.length > 2 && a[2] != null && ObjectOps.isTrue(a[2]));
            return PyObject.newRef(a[1]);
        });
        define(d, "_find_spec", ArgSpec.keywords(2, "name", "path", "target"), (s, a, kw) -> {
            PyObject spec = interp.imports().findSpec(a[0].toString(), a[1] == PyNoneType.NONE ? null : a[1]);
            return spec == null ? PyNoneType.NONE : spec;
        });
        define(d, "_gcd_import", ArgSpec.keywords(1, "name", "package", "level"), (s, a, kw) -> {
            int level = a.length > 2 && a[2] != null ? ((PyInt) a[2]).intValue() : 0;
            PyObject pkg = a.length > 1 && a[1] != null ? a[1] : PyNoneType.NONE;
            return gcdImport(interp, a[0], pkg, level);
        });
        define(d, "_resolve_name", ArgSpec.positional(3, 3), (s, a, kw) -> PyStr.of(resolveName(a[0].toString(), a[1].toString(), ((PyInt) a[2]).intValue())));
        return module("_frozen_importlib", d);
    }

    /** {@code _gcd_import(name, package, level)}: the module itself (not its top-level package). New reference. */
    static PyObject gcdImport(Interpreter interp, PyObject name, PyObject pkg, int level) {
        if (!(name instanceof PyStr)) {
            throw PythonException.typeError("module name must be str, not " + ObjectOps.repr(name.type()));
        }
        if (level < 0) {
            throw PythonException.valueError("level must be >= 0");
        }
        String n = name.toString();
        if (level > 0) {
            if (!(pkg instanceof PyStr)) {
                throw PythonException.typeError("__package__ not set to a string");
            }
            if (pkg.toString().isEmpty()) {
                throw ImportErrors.importError("attempted relative import with no known parent package", null, null);
            }
            n = resolveName(n, pkg.toString(), level);
        } else if (n.isEmpty()) {
            throw PythonException.valueError("Empty module name");
        }
        return interp.imports().importAbsolute(n);
    }

    /** {@code _resolve_name(name, package, level)}: the absolute name of a relative one. */
    static String resolveName(String name, String pkg, int level) {
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw ImportErrors.importError("attempted relative import beyond top-level package", null, null);
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    private static PyModule external(Interpreter interp) {
        PyDict d = new PyDict();
        d.setItem("PathFinder", PyPathFinder.TYPE);
        d.setItem("FileFinder", PyFileFinder.TYPE);
        d.setItem("FileLoader", PyFileLoader.TYPE);
        d.setItem("SourceFileLoader", PySourceFileLoader.TYPE);
        d.setItem("SourcelessFileLoader", PySourcelessFileLoader.TYPE);
        d.setItem("NamespaceLoader", PyNamespaceLoader.TYPE);
        PyObject magic = PycFiles.magicNumber();
        d.setItem("MAGIC_NUMBER", magic);
        magic.decref();
        list(d, "SOURCE_SUFFIXES", ".py");
        list(d, "BYTECODE_SUFFIXES", ".pyc");
        list(d, "EXTENSION_SUFFIXES");
        define(d, "cache_from_source", ArgSpec.keywords(1, "path", "debug_override", "*", "optimization"), (s, a, kw) -> {
            int opt = PycFiles.optimizeLevel();
            if (a.length > 2 && a[2] != null) {
                String o = ObjectOps.str(a[2]).toString();
                if (!o.isEmpty() && !o.chars().allMatch(Character::isLetterOrDigit)) {
                    throw PythonException.valueError(ObjectOps.repr(a[2]) + " is not alphanumeric");
                }
                return PyStr.of(withOptimization(PycFiles.cacheFromSource(PyFileFinder.fspath(a[0]), 0), o));
            }
            return PyStr.of(PycFiles.cacheFromSource(PyFileFinder.fspath(a[0]), opt));
        });
        define(d, "source_from_cache", ArgSpec.ONE, (s, a, kw) -> PyStr.of(PycFiles.sourceFromCache(PyFileFinder.fspath(a[0]))));
        define(d, "decode_source", ArgSpec.ONE, (s, a, kw) -> PyStr.of(SourceText.decode(PyBytes.bytesLike(a[0]))));
        define(d, "spec_from_file_location", ArgSpec.keywords(1, "name", "location", "*", "loader", "submodule_search_locations"),
                (s, a, kw) -> specFromFileLocation(a));
        define(d, "_code_to_timestamp_pyc", ArgSpec.keywords(1, "code", "mtime", "source_size"), (s, a, kw) -> {
            requireMarshal();
            long mtime = a.length > 1 && a[1] != null ? ((PyInt) a[1]).asLong() : 0;
            long size = a.length > 2 && a[2] != null ? ((PyInt) a[2]).asLong() : 0;
            return PyBytes.of(PycFiles.timestampPyc((PyCode) a[0], mtime, size));
        });
        define(d, "_code_to_hash_pyc", ArgSpec.keywords(2, "code", "source_hash", "checked"), (s, a, kw) -> {
            requireMarshal();
            byte[] h = PyBytes.bytesLike(a[1]);
            long hash = 0;
            for (int i = 0; i < Math.min(8, h.length); i++) {
                hash |= (long) (h[i] & 0xFF) << (8 * i);
            }
            boolean checked = a.length <= 2 || a[2] == null || ObjectOps.isTrue(a[2]);
            return PyBytes.of(PycFiles.hashPyc((PyCode) a[0], hash, checked));
        });
        define(d, "_classify_pyc", ArgSpec.positional(3, 3), (s, a, kw) -> {
            PyObject path = a[2] instanceof PyDict ? ((PyDict) a[2]).getItem("path") : null;
            return PyInt.of(PycFiles.classify(PyBytes.bytesLike(a[0]), a[1].toString(), path));
        });
        define(d, "_path_is_pycache_writable", ArgSpec.NOARGS, (s, a, kw) -> PyBool.of(CodeMarshal.available()));
        return module("_frozen_importlib_external", d);
    }

    private static void requireMarshal() {
        if (!CodeMarshal.available()) {
            throw PythonException.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "Krait cannot write .pyc files without marshal");
        }
    }

    private static String withOptimization(String cached, String opt) {
        if (opt.isEmpty()) {
            return cached;
        }
        return cached.substring(0, cached.length() - ".pyc".length()) + ".opt-" + opt + ".pyc";
    }

    private static void list(PyDict d, String name, String... items) {
        PyList l = new PyList();
        for (String i : items) {
            PyStr s = PyStr.of(i);
            l.append(s);
            s.decref();
        }
        d.setItem(name, l);
        l.decref();
    }

    /** {@code spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=_POPULATE)}. */
    private static PyObject specFromFileLocation(PyObject[] a) {
        String name = a[0].toString();
        PyObject loader = a.length > 2 && a[2] != null ? a[2] : PyNoneType.NONE;
        String location;
        if (a.length < 2 || a[1] == null || a[1] == PyNoneType.NONE) {
            location = "<unknown>";
            PyObject getFilename = loader == PyNoneType.NONE ? null : ObjectOps.lookupAttr(loader, PyStr.of("get_filename"));
            if (getFilename != null) {
                try {
                    PyObject f = CallOps.call(getFilename, a[0]);
                    location = f.toString();
                    f.decref();
                } catch (PythonException e) {
                    if (!e.matches(ExceptionTypes.IMPORT_ERROR)) {
                        throw e;
                    }
                } finally {
                    getFilename.decref();
                }
            }
        } else {
            location = PyFileFinder.fspath(a[1]);
        }
        PyObject locations = a.length > 3 ? a[3] : null;
        PyObject spec = PyModuleSpec.fromFileLocation(name, location, loader, locations);
        return spec == null ? PyNoneType.NONE : spec;
    }

    private static PyModule zipimport(Interpreter interp) {
        PyDict d = new PyDict();
        d.setItem("zipimporter", PyZipImporter.TYPE);
        d.setItem("ZipImportError", PyZipImporter.ZIP_IMPORT_ERROR);
        return module("zipimport", d);
    }
}
