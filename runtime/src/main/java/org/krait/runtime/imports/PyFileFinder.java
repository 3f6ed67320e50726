package org.krait.runtime.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.objects.PyBuiltinFunctionOrMethod;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code FileFinder}: finds modules and packages in one directory of {@code sys.path}: for
 * {@code name}, a package {@code name/__init__.py} (or {@code .pyc}), then {@code name.py},
 * then {@code name.pyc}; a directory without {@code __init__} is a portion of a namespace
 * package. Each lookup asks the file system afresh, so a module written by the program is found
 * without {@code importlib.invalidate_caches()}. CPython: FileFinder in
 * Lib/importlib/_bootstrap_external.py.
 */
public final class PyFileFinder extends ImportObject {

    public static final PyType TYPE = PyType.builtin("_frozen_importlib_external.FileFinder", PyType.OBJECT);

    /** The hook {@code sys.path_hooks} holds: a FileFinder with the usual loaders for a directory. */
    public static final PyObject PATH_HOOK = new PyBuiltinFunctionOrMethod("path_hook_for_FileFinder", ArgSpec.ONE,
            (s, a, kw) -> forDirectory(fspath(a[0]))).immortal();

    static {
        TYPE.instances(PyFileFinder::new);
        TYPE.slot(Slot.INIT, (Signature.Call) (self, a, kw) -> {
            if (kw != null && kw.length > 0 || a.length < 1) {
                throw PythonException.typeError("FileFinder.__init__() missing 1 required positional argument: 'path'");
            }
            PyFileFinder f = (PyFileFinder) self;
            f.setPath(fspath(a[0]));
            List<PyObject> details = new ArrayList<>();
            for (int i = 1; i < a.length; i++) {
                details.add(a[i]);
            }
            f.setLoaders(details);
            return PyNoneType.NONE;
        });
        TYPE.slot(Slot.REPR, (Signature.Unary) self -> PyStr.of("FileFinder(" + ObjectOps.repr(((PyFileFinder) self).field("path")) + ")"));
        TYPE.method("find_spec", ArgSpec.keywords(1, "fullname", "target"), (self, a, kw) -> {
            PyObject spec = ((PyFileFinder) self).findSpec(a[0].toString());
            return spec == null ? PyNoneType.NONE : spec;
        });
        TYPE.method("invalidate_caches", ArgSpec.NOARGS, (self, a, kw) -> PyNoneType.NONE);
        PyBuiltinImporter.classMethod(TYPE, "path_hook", ArgSpec.VARARGS, (s, a, kw) -> {
            PyObject cls = a[0];
            PyObject[] details = java.util.Arrays.copyOfRange(a, 1, a.length);
            return new PyBuiltinFunctionOrMethod("path_hook_for_FileFinder", ArgSpec.ONE, (s2, p, kw2) -> {
                if (!Files.isDirectory(Path.of(fspath(p[0])))) {
                    throw ImportErrors.importError("only directories are supported", null, p[0]);
                }
                PyObject[] args = new PyObject[details.length + 1];
                args[0] = p[0];
                System.arraycopy(details, 0, args, 1, details.length);
                return CallOps.call(cls, args, null);
            });
        });
    }

    /** The directory, absolute. */
    private String dir = "";
    /** (suffix, loader class) in search order. */
    private final List<String> suffixes = new ArrayList<>();
    private final List<PyObject> loaderClasses = new ArrayList<>();

    private PyFileFinder(PyType type) {
        super(type);
    }

    /** The finder {@code sys.path_hooks} makes for a directory: source then bytecode files. ImportError if it is not one. */
    static PyFileFinder forDirectory(String path) {
        if (!Files.isDirectory(Path.of(path.isEmpty() ? "." : path))) {
            PyStr p = PyStr.of(path);
            try {
                throw ImportErrors.importError("only directories are supported", null, p);
            } finally {
                p.decref();
            }
        }
        PyFileFinder f = new PyFileFinder(TYPE);
        f.setPath(path);
        PyObject source = PyTuple.of(PySourceFileLoader.TYPE, PyList.of(PyStr.of(".py")));
        PyObject bytecode = PyTuple.of(PySourcelessFileLoader.TYPE, PyList.of(PyStr.of(".pyc")));
        f.setLoaders(List.of(source, bytecode));
        source.decref();
        bytecode.decref();
        return f;
    }

    private void setPath(String path) {
        String abs = path.isEmpty() || path.equals(".") ? Path.of("").toAbsolutePath().toString()
                : path.startsWith("/") ? path : Path.of("").toAbsolutePath().resolve(path).toString();
        dir = abs;
        PyStr p = PyStr.of(abs);
        setField("path", p);
        p.decref();
    }

    /** Takes CPython's loader details: tuples of (loader class, suffixes). */
    private void setLoaders(List<PyObject> details) {
        PyList loaders = new PyList();
        for (PyObject d : details) {
            PyObject[] pair = IterOps.toArray(d);
            try {
                if (pair.length != 2) {
                    throw PythonException.valueError("loader details must be (loader, suffixes) pairs");
                }
                for (PyObject suffix : IterOps.toArray(pair[1])) {
                    suffixes.add(suffix.toString());
                    loaderClasses.add(PyObject.newRef(pair[0]));
                    PyTuple t = PyTuple.of(suffix, pair[0]);
                    loaders.append(t);
                    t.decref();
                    suffix.decref();
                }
            } finally {
                for (PyObject o : pair) {
                    o.decref();
                }
            }
        }
        setField("_loaders", loaders);
        loaders.decref();
    }

    /** {@code find_spec(fullname)}: null when this directory has nothing of that name. New reference. */
    PyObject findSpec(String fullname) {
        String tail = fullname.substring(fullname.lastIndexOf('.') + 1);
        Path base = Path.of(dir, tail);
        boolean namespace = false;
        if (Files.isDirectory(base)) {
            for (int i = 0; i < suffixes.size(); i++) {
                Path init = base.resolve("__init__" + suffixes.get(i));
                if (Files.isRegularFile(init)) {
                    PyList locations = new PyList();
                    PyStr b = PyStr.of(base.toString());
                    locations.append(b);
                    b.decref();
                    try {
                        return spec(loaderClasses.get(i), fullname, init.toString(), locations);
                    } finally {
                        locations.decref();
                    }
                }
            }
            namespace = true;
        }
        for (int i = 0; i < suffixes.size(); i++) {
            Path file = Path.of(dir, tail + suffixes.get(i));
            if (Files.isRegularFile(file)) {
                return spec(loaderClasses.get(i), fullname, file.toString(), null);
            }
        }
        if (namespace) {
            PyModuleSpec spec = PyModuleSpec.of(fullname, PyNoneType.NONE, null);
            PyList locations = new PyList();
            PyStr b = PyStr.of(base.toString());
            locations.append(b);
            b.decref();
            spec.setField("submodule_search_locations", locations);
            locations.decref();
            return spec;
        }
        return null;
    }

    private static PyObject spec(PyObject loaderClass, String fullname, String path, PyObject locations) {
        PyObject loader;
        if (loaderClass == PySourceFileLoader.TYPE) {
            loader = new PySourceFileLoader(PySourceFileLoader.TYPE, fullname, path);
        } else if (loaderClass == PySourcelessFileLoader.TYPE) {
            loader = new PySourcelessFileLoader(PySourcelessFileLoader.TYPE, fullname, path);
        } else {
            PyStr n = PyStr.of(fullname);
            PyStr p = PyStr.of(path);
            loader = CallOps.call(loaderClass, n, p);
            n.decref();
            p.decref();
        }
        try {
            return PyModuleSpec.fromFileLocation(fullname, path, loader, locations);
        } finally {
            loader.decref();
        }
    }

    /** {@code os.fspath(path)} for a str path; TypeError otherwise. */
    static String fspath(PyObject path) {
        if (path instanceof PyStr) {
            return path.toString();
        }
        PyObject f = ObjectOps.lookupAttr(path, PyStr.of("__fspath__"));
        if (f == null) {
            throw PythonException.typeError("expected str, bytes or os.PathLike object, not " + path.type().name());
        }
        PyObject s = CallOps.call(f);
        f.decref();
        try {
            return s.toString();
        } finally {
            s.decref();
        }
    }

    @Override
    public void releaseReferences() {
        for (PyObject o : loaderClasses) {
            o.decref();
        }
        super.releaseReferences();
    }
}
