package org.krait.runtime.imports;

import java.nio.file.Path;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.objects.exceptions.Warnings;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;

/**
 * {@code PathFinder}: the meta path finder over {@code sys.path} (or a package's
 * {@code __path__}): each entry's finder comes from {@code sys.path_importer_cache}, made by the
 * first of {@code sys.path_hooks} that accepts it. Portions of a namespace package found on the
 * way are gathered. Used as the class itself. CPython: PathFinder in
 * Lib/importlib/_bootstrap_external.py.
 */
public final class PyPathFinder {

    public static final PyType TYPE = PyType.builtin("_frozen_importlib_external.PathFinder", PyType.OBJECT);

    static {
        PyBuiltinImporter.classMethod(TYPE, "find_spec", ArgSpec.keywords(2, "cls", "fullname", "path", "target"), (s, a, kw) -> {
            PyObject path = a.length > 2 && a[2] != null && a[2] != PyNoneType.NONE ? a[2] : null;
            PyObject spec = findSpec(PyBuiltinImporter.interp().imports(), a[1].toString(), path);
            return spec == null ? PyNoneType.NONE : spec;
        });
        PyBuiltinImporter.classMethod(TYPE, "invalidate_caches", ArgSpec.positional(1, 1), (s, a, kw) -> {
            invalidateCaches(PyBuiltinImporter.interp().imports());
            return PyNoneType.NONE;
        });
    }

    private PyPathFinder() {
    }

    /** {@code PathFinder.find_spec(name, path)}: null when not found. New reference. */
    static PyObject findSpec(ImportSystem imports, String name, PyObject path) {
        PyObject entries = path != null ? path : imports.sysAttr("path");
        if (entries == null) {
            return null;
        }
        PyObject[] items = entries instanceof PyList ? ((PyList) entries).toArray() : org.krait.runtime.ops.IterOps.toArray(entries);
        PyList namespacePath = new PyList();
        try {
            for (PyObject entry : items) {
                if (!(entry instanceof PyStr)) {
                    continue;
                }
                PyObject finder = finderFor(imports, (PyStr) entry);
                if (finder == null) {
                    continue;
                }
                PyObject spec;
                try {
                    spec = finderSpec(finder, name);
                } finally {
                    finder.decref();
                }
                if (spec == null) {
                    continue;
                }
                PyObject loader = ObjectOps.getAttr(spec, "loader");
                loader.decref();
                if (loader != PyNoneType.NONE) {
                    return spec;
                }
                PyObject portions = ObjectOps.getAttr(spec, "submodule_search_locations");
                spec.decref();
                try {
                    if (portions == PyNoneType.NONE) {
                        throw ImportErrors.importError("spec missing loader", null, null);
                    }
                    namespacePath.extend(portions);
                } finally {
                    portions.decref();
                }
            }
            if (namespacePath.size() == 0) {
                return null;
            }
            PyModuleSpec spec = PyModuleSpec.of(name, PyNoneType.NONE, null);
            spec.setField("submodule_search_locations", namespacePath);
            return spec;
        } finally {
            namespacePath.decref();
            if (!(entries instanceof PyList)) {
                for (PyObject o : items) {
                    o.decref();
                }
            }
        }
    }

    /** {@code finder.find_spec(name)}, directly for Krait's own finders; null for None. New reference. */
    private static PyObject finderSpec(PyObject finder, String name) {
        if (finder instanceof PyFileFinder && finder.type() == PyFileFinder.TYPE) {
            return ((PyFileFinder) finder).findSpec(name);
        }
        PyObject findSpec = ObjectOps.lookupAttr(finder, PyStr.of("find_spec"));
        if (findSpec == null) {
            return null;
        }
        PyStr n = PyStr.of(name);
        try {
            PyObject spec = CallOps.call(findSpec, n);
            if (spec == PyNoneType.NONE) {
                spec.decref();
                return null;
            }
            return spec;
        } finally {
            n.decref();
            findSpec.decref();
        }
    }

    /** {@code _path_importer_cache(entry)}: the finder for a path entry, made by the path hooks on first use; null for None. New reference. */
    static PyObject finderFor(ImportSystem imports, PyStr entry) {
        PyStr key = entry;
        if (entry.length() == 0) {
            key = PyStr.of(Path.of("").toAbsolutePath().toString());
        } else {
            key.incref();
        }
        try {
            PyObject cache = imports.sysAttr("path_importer_cache");
            PyObject finder = cache instanceof PyDict ? ((PyDict) cache).getItem(key) : null;
            if (finder != null) {
                return finder == PyNoneType.NONE ? null : PyObject.newRef(finder);
            }
            finder = pathHooks(imports, key);
            if (cache instanceof PyDict) {
                ((PyDict) cache).setItem(key, finder == null ? PyNoneType.NONE : finder);
            } else if (cache != null) {
                org.krait.runtime.ops.SequenceOps.setItem(cache, key, finder == null ? PyNoneType.NONE : finder);
            }
            return finder;
        } finally {
            key.decref();
        }
    }

    /** {@code _path_hooks(entry)}: the first hook's finder for {@code entry}, or null when every hook refuses it. New reference. */
    private static PyObject pathHooks(ImportSystem imports, PyStr entry) {
        PyObject hooks = imports.sysAttr("path_hooks");
        if (hooks == null || hooks == PyNoneType.NONE) {
            return null;
        }
        if (!ObjectOps.isTrue(hooks)) {
            Warnings.warn(ExceptionTypes.IMPORT_WARNING, "sys.path_hooks is empty", 1);
        }
        PyObject[] all = hooks instanceof PyList ? ((PyList) hooks).toArray() : PyTuple.of(hooks).toArray();
        for (PyObject hook : all) {
            try {
                if (hook == PyFileFinder.PATH_HOOK) {
                    return PyFileFinder.forDirectory(entry.toString());
                }
                return CallOps.call(hook, entry);
            } catch (PythonException e) {
                if (!e.matches(ExceptionTypes.IMPORT_ERROR)) {
                    throw e;
                }
            }
        }
        return null;
    }

    /** {@code PathFinder.invalidate_caches()}: drops the cached finders of relative entries and refreshes the others. */
    static void invalidateCaches(ImportSystem imports) {
        PyObject cache = imports.sysAttr("path_importer_cache");
        if (!(cache instanceof PyDict)) {
            return;
        }
        PyDict d = (PyDict) cache;
        PyObject keys = CallOps.call(PyList.TYPE, d);
        try {
            for (PyObject key : ((PyList) keys).toArray()) {
                PyObject finder = d.getItem(key);
                if (finder == null) {
                    continue;
                }
                if (finder == PyNoneType.NONE || !(key instanceof PyStr) || !key.toString().startsWith("/")) {
                    d.delItemIfPresent(key);
                } else if (ImportSystem.hasAttr(finder, "invalidate_caches")) {
                    CallOps.callMethod(finder, "invalidate_caches").decref();
                }
            }
        } finally {
            keys.decref();
        }
    }
}
