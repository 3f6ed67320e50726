package org.krait.runtime.imports;

import java.util.List;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.objects.exceptions.Warnings;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;

/**
 * One interpreter's import system: {@code __import__} and what it runs, over {@code sys.modules},
 * {@code sys.meta_path}, {@code sys.path}, {@code sys.path_hooks} and
 * {@code sys.path_importer_cache} (read from {@code sys} at each use, so a program may replace
 * them). CPython: PyImport_ImportModuleLevelObject in Python/import.c and the module-loading half
 * of Lib/importlib/_bootstrap.py.
 *
 * <p>Invariant: importing a module already in {@code sys.modules} is one dict lookup (plus the
 * fromlist's attributes for a package); everything else happens only when a module is missing.
 */
public final class ImportSystem {

    private static final PyStr PATH = PyStr.of("__path__").immortal();
    private static final PyStr SPEC = PyStr.of("__spec__").immortal();
    private static final PyStr NAME = PyStr.of("__name__").immortal();
    private static final PyStr PACKAGE = PyStr.of("__package__").immortal();
    private static final PyStr ALL = PyStr.of("__all__").immortal();

    private final Interpreter interp;
    /** {@code builtins.__import__} as made at start-up (borrowed): IMPORT_NAME skips the call when it is still there. */
    private PyObject builtinImport;
    private List<String> pythonPath = List.of();
    private String checkHashBasedPycs = "default";
    private ClassLoader classLoader;

    public ImportSystem(Interpreter interp) {
        this.interp = interp;
    }

    /** The interpreter this import system belongs to. */
    Interpreter interpreter() {
        return interp;
    }

    /** The entries of {@code PYTHONPATH}, put on {@code sys.path} after the program's directory. */
    public void setPythonPath(List<String> entries) {
        pythonPath = List.copyOf(entries);
    }

    /** {@code --check-hash-based-pycs}: "default", "always" or "never". */
    public void setCheckHashBasedPycs(String mode) {
        checkHashBasedPycs = mode;
    }

    String checkHashBasedPycs() {
        return checkHashBasedPycs;
    }

    /**
     * The class loader whose resources {@code classpath:} entries of {@code sys.path} name: the
     * one a host set, else the thread's context class loader, else the runtime's own.
     */
    public ClassLoader classLoader() {
        if (classLoader != null) {
            return classLoader;
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ImportSystem.class.getClassLoader();
    }

    /** Sets the class loader that {@code classpath:} entries of {@code sys.path} read from. */
    public void setClassLoader(ClassLoader loader) {
        classLoader = loader;
    }

    /** Remembers the builtin {@code __import__} (borrowed from the builtins dict, which keeps it). */
    public void setBuiltinImport(PyObject f) {
        builtinImport = f;
    }

    /** Whether {@code f} is the builtin {@code __import__}, not a program's replacement. */
    public boolean isBuiltinImport(PyObject f) {
        return f == builtinImport;
    }

    /**
     * Puts the import system's attributes into the new {@code sys} module's dict: {@code modules},
     * {@code path}, {@code meta_path}, {@code path_hooks}, {@code path_importer_cache}.
     */
    public static void installSys(Interpreter interp, PyDict sys) {
        ImportSystem self = interp.imports();
        sys.setItem("modules", interp.modulesDict());
        PyList path = new PyList();
        if (interp.mainPathEntry() != null) {
            addStr(path, interp.mainPathEntry());
        }
        for (String p : self.pythonPath) {
            addStr(path, p);
        }
        String bundled = BundledLibrary.pathEntry();
        if (bundled != null) {
            addStr(path, bundled);
        }
        sys.setItem("path", path);
        path.decref();
        PyList meta = PyList.of(PyBuiltinImporter.TYPE, PyPathFinder.TYPE);
        sys.setItem("meta_path", meta);
        meta.decref();
        PyList hooks = PyList.of(PyZipImporter.TYPE, PyFileFinder.PATH_HOOK, PyClasspathImporter.TYPE);
        sys.setItem("path_hooks", hooks);
        hooks.decref();
        PyDict cache = new PyDict();
        sys.setItem("path_importer_cache", cache);
        cache.decref();
    }

    /**
     * The {@code __loader__} of a program's {@code __main__}: a SourceFileLoader for a file, the
     * BuiltinImporter for a program without one ({@code -c}, stdin), as CPython sets it. New reference.
     */
    public static PyObject mainLoader(String filename) {
        if (filename == null || filename.startsWith("<")) {
            return PyObject.newRef(PyBuiltinImporter.TYPE);
        }
        return new PySourceFileLoader(PySourceFileLoader.TYPE, "__main__", filename);
    }

    private static void addStr(PyList list, String s) {
        PyStr v = PyStr.of(s);
        list.append(v);
        v.decref();
    }

    /** {@code sys.<name>} (borrowed), or null when sys has no such attribute. */
    PyObject sysAttr(String name) {
        PyObject sys = interp.modulesDict().getItem("sys");
        if (sys == null) {
            PyBuiltinImporter.load(this, "sys").decref();
            sys = interp.modulesDict().getItem("sys");
        }
        return sys instanceof PyModule ? ((PyModule) sys).dict().getItem(name) : ObjectOps.lookupAttr(sys, PyStr.of(name));
    }

    // ---- __import__ ---------------------------------------------------------------------------

    /**
     * {@code __import__(name, globals, locals, fromlist, level)}: the module named (relative to the
     * package of {@code globals} when {@code level > 0}), or for {@code import a.b} without a
     * fromlist the top-level package. New reference.
     */
    public PyObject importModuleLevel(PyObject name, PyObject globals, PyObject fromlist, int level) {
        if (!(name instanceof PyStr)) {
            throw PythonException.typeError("module name must be a string");
        }
        if (level < 0) {
            throw PythonException.valueError("level must be >= 0");
        }
        PyStr pyName = (PyStr) name;
        String n = pyName.toString();
        PyStr absName;
        if (level > 0) {
            absName = PyStr.of(resolveName(n, globals, level));
        } else {
            if (n.isEmpty()) {
                throw PythonException.valueError("Empty module name");
            }
            absName = PyObject.newRef(pyName);
        }
        PyObject mod;
        try {
            mod = interp.modulesDict().getItem(absName);
            if (mod != null && mod != PyNoneType.NONE) {
                mod.incref();
            } else {
                mod = findAndLoad(absName.toString());
            }
        } finally {
            absName.decref();
        }
        boolean hasFrom = fromlist != null && fromlist != PyNoneType.NONE && ObjectOps.isTrue(fromlist);
        if (!hasFrom) {
            int dot = n.indexOf('.');
            if (dot < 0 || level > 0 && n.isEmpty()) {
                return mod;
            }
            mod.decref();
            if (level == 0) {
                PyStr front = PyStr.of(n.substring(0, dot));
                try {
                    return importModuleLevel(front, null, null, 0);
                } finally {
                    front.decref();
                }
            }
            String abs = absName.toString();
            String toReturn = abs.substring(0, abs.length() - (n.length() - dot));
            PyObject top = interp.modulesDict().getItem(toReturn);
            if (top == null) {
                PyStr r = PyStr.of(toReturn);
                PythonException e = PythonException.of(ExceptionTypes.KEY_ERROR, ObjectOps.repr(r).toString() + " not in sys.modules as expected");
                r.decref();
                throw e;
            }
            return PyObject.newRef(top);
        }
        PyObject path = mod instanceof PyModule ? ((PyModule) mod).dict().getItem(PATH) : ObjectOps.lookupAttr(mod, PATH);
        if (path != null) {
            if (!(mod instanceof PyModule)) {
                path.decref();
            }
            try {
                handleFromlist(mod, fromlist, false);
            } catch (PythonException e) {
                mod.decref();
                throw e;
            }
        }
        return mod;
    }

    /** {@code importlib.import_module(name)} for an absolute name, as Java code needs it; new reference. */
    public PyObject importAbsolute(String name) {
        PyStr n = PyStr.of(name);
        try {
            PyObject mod = interp.modulesDict().getItem(n);
            if (mod != null && mod != PyNoneType.NONE) {
                return PyObject.newRef(mod);
            }
            return findAndLoad(name);
        } finally {
            n.decref();
        }
    }

    /**
     * The builtin module {@code name}, imported without {@code sys.meta_path} when it is not in
     * {@code sys.modules} yet: Java code's own imports (of {@code sys}, {@code warnings}) must work
     * whatever a program did to the meta path. New reference.
     */
    public PyObject importBuiltin(String name) {
        PyObject mod = interp.modulesDict().getItem(name);
        if (mod != null && mod != PyNoneType.NONE) {
            return PyObject.newRef(mod);
        }
        return PyBuiltinImporter.load(this, name);
    }

    /** The absolute name of a relative import ({@code level} dots then {@code name}) from a module with {@code globals}. */
    private String resolveName(String name, PyObject globals, int level) {
        if (globals == null) {
            throw PythonException.of(ExceptionTypes.KEY_ERROR, "'__name__' not in globals");
        }
        if (!(globals instanceof PyDict)) {
            throw PythonException.typeError("globals must be a dict");
        }
        PyDict g = (PyDict) globals;
        PyObject pkg = g.getItem(PACKAGE);
        if (pkg == PyNoneType.NONE) {
            pkg = null;
        }
        PyObject spec = g.getItem(SPEC);
        String packageName;
        if (pkg != null) {
            if (!(pkg instanceof PyStr)) {
                throw PythonException.typeError("package must be a string");
            }
            if (spec != null && spec != PyNoneType.NONE) {
                PyObject parent = ObjectOps.getAttr(spec, "parent");
                boolean same = ObjectOps.equal(pkg, parent);
                parent.decref();
                if (!same) {
                    Warnings.warn(ExceptionTypes.IMPORT_WARNING, "__package__ != __spec__.parent", 1);
                }
            }
            packageName = pkg.toString();
        } else if (spec != null && spec != PyNoneType.NONE) {
            PyObject parent = ObjectOps.getAttr(spec, "parent");
            if (!(parent instanceof PyStr)) {
                parent.decref();
                throw PythonException.typeError("__spec__.parent must be a string");
            }
            packageName = parent.toString();
            parent.decref();
        } else {
            Warnings.warn(ExceptionTypes.IMPORT_WARNING,
                    "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__", 1);
            PyObject modName = g.getItem(NAME);
            if (modName == null) {
                throw PythonException.of(ExceptionTypes.KEY_ERROR, "'__name__' not in globals");
            }
            if (!(modName instanceof PyStr)) {
                throw PythonException.typeError("__name__ must be a string");
            }
            packageName = modName.toString();
            if (g.getItem(PATH) == null) {
                int dot = packageName.lastIndexOf('.');
                if (dot < 0) {
                    throw ImportErrors.importError("attempted relative import with no known parent package", null, null);
                }
                packageName = packageName.substring(0, dot);
            }
        }
        if (packageName.isEmpty()) {
            throw ImportErrors.importError("attempted relative import with no known parent package", null, null);
        }
        int lastDot = packageName.length();
        for (int up = 1; up < level; up++) {
            lastDot = packageName.lastIndexOf('.', lastDot - 1);
            if (lastDot < 0) {
                throw ImportErrors.importError("attempted relative import beyond top-level package", null, null);
            }
        }
        String base = packageName.substring(0, lastDot);
        return name.isEmpty() ? base : base + "." + name;
    }

    /**
     * For {@code from package import a, b}: imports the submodules named in {@code fromlist} that
     * are not attributes of the package yet; {@code *} stands for the package's {@code __all__}.
     */
    private void handleFromlist(PyObject module, PyObject fromlist, boolean recursive) {
        PyObject it = org.krait.runtime.ops.IterOps.iter(fromlist);
        try {
            PyObject x;
            while ((x = org.krait.runtime.ops.IterOps.next(it)) != null) {
                try {
                    fromlistItem(module, x, recursive);
                } finally {
                    x.decref();
                }
            }
        } finally {
            it.decref();
        }
    }

    private void fromlistItem(PyObject module, PyObject x, boolean recursive) {
        if (!(x instanceof PyStr)) {
            String where;
            if (recursive) {
                PyObject n = ObjectOps.getAttr(module, NAME);
                where = n + ".__all__";
                n.decref();
            } else {
                where = "``from list''";
            }
            throw PythonException.typeError("Item in " + where + " must be str, not " + x.type().name());
        }
        if (x.toString().equals("*")) {
            if (!recursive) {
                PyObject all = ObjectOps.lookupAttr(module, ALL);
                if (all != null) {
                    try {
                        handleFromlist(module, all, true);
                    } finally {
                        all.decref();
                    }
                }
            }
            return;
        }
        PyObject has = ObjectOps.lookupAttr(module, (PyStr) x);
        if (has != null) {
            has.decref();
            return;
        }
        PyObject modName = ObjectOps.getAttr(module, NAME);
        String fromName = modName + "." + x;
        modName.decref();
        try {
            importAbsolute(fromName).decref();
        } catch (PythonException e) {
            if (e.matches(ExceptionTypes.MODULE_NOT_FOUND_ERROR)) {
                PyObject excName = e.exception().dict().getItem("name");
                if (excName != null && excName.toString().equals(fromName) && interp.modulesDict().getItem(fromName) != PyNoneType.NONE) {
                    return;
                }
            }
            throw e;
        }
    }

    // ---- finding and loading ------------------------------------------------------------------

    /** {@code _find_and_load}: the module {@code name}, which is not in {@code sys.modules} or is None there. New reference. */
    private PyObject findAndLoad(String name) {
        PyDict modules = interp.modulesDict();
        PyObject mod = modules.getItem(name);
        if (mod == PyNoneType.NONE) {
            throw ImportErrors.moduleNotFound("import of " + name + " halted; None in sys.modules", name);
        }
        if (mod != null) {
            return PyObject.newRef(mod);
        }
        int dot = name.lastIndexOf('.');
        PyObject path = null;
        PyObject parentSpec = null;
        String parent = null;
        String child = name;
        if (dot >= 0) {
            parent = name.substring(0, dot);
            child = name.substring(dot + 1);
            if (modules.getItem(parent) == null) {
                importAbsolute(parent).decref();
            }
            mod = modules.getItem(name);
            if (mod != null) {
                return PyObject.newRef(mod);
            }
            PyObject parentModule = modules.getItem(parent);
            if (parentModule == null) {
                throw PythonException.of(ExceptionTypes.KEY_ERROR, PyStr.of(parent));
            }
            path = ObjectOps.lookupAttr(parentModule, PATH);
            if (path == null) {
                throw ImportErrors.moduleNotFound("No module named '" + name + "'; '" + parent + "' is not a package", name);
            }
            parentSpec = ObjectOps.lookupAttr(parentModule, SPEC);
        }
        try {
            PyObject spec = findSpec(name, path);
            if (spec == null) {
                throw ImportErrors.moduleNotFound("No module named '" + name + "'", name);
            }
            PyList pending = parentSpec instanceof PyModuleSpec && ((PyModuleSpec) parentSpec).field("_uninitialized_submodules") instanceof PyList
                    ? (PyList) ((PyModuleSpec) parentSpec).field("_uninitialized_submodules") : null;
            PyStr childName = PyStr.of(child);
            if (pending != null) {
                pending.append(childName);
            }
            try {
                mod = loadUnlocked(spec);
            } finally {
                spec.decref();
                if (pending != null && pending.size() > 0) {
                    CallOps.callMethod(pending, "pop").decref();
                }
            }
            if (parent != null) {
                PyObject parentModule = modules.getItem(parent);
                if (parentModule != null) {
                    try {
                        ObjectOps.setAttr(parentModule, childName, mod);
                    } catch (PythonException e) {
                        if (!e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                            throw e;
                        }
                        Warnings.warn(ExceptionTypes.IMPORT_WARNING, "Cannot set an attribute on " + ObjectOps.repr(PyStr.of(parent))
                                + " for child module " + ObjectOps.repr(childName), 1);
                    }
                }
            }
            childName.decref();
            return mod;
        } finally {
            PyObject.xdecref(path);
            PyObject.xdecref(parentSpec);
        }
    }

    /** {@code _find_spec}: asks each finder of {@code sys.meta_path}; null when none finds {@code name}. New reference. */
    PyObject findSpec(String name, PyObject path) {
        PyObject metaPath = sysAttr("meta_path");
        if (metaPath == null || metaPath == PyNoneType.NONE) {
            throw ImportErrors.importError("sys.meta_path is None, Python is likely shutting down", null, null);
        }
        metaPath.incref();
        try {
            if (!ObjectOps.isTrue(metaPath)) {
                Warnings.warn(ExceptionTypes.IMPORT_WARNING, "sys.meta_path is empty", 1);
            }
            boolean isReload = interp.modulesDict().getItem(name) != null;
            PyObject[] finders = metaPath instanceof PyList ? ((PyList) metaPath).toArray() : PyTuple.of(metaPath).toArray();
            PyStr pyName = PyStr.of(name);
            try {
                for (PyObject finder : finders) {
                    PyObject spec;
                    if (finder == PyBuiltinImporter.TYPE) {
                        spec = PyBuiltinImporter.findSpec(interp, name);
                    } else if (finder == PyPathFinder.TYPE) {
                        spec = PyPathFinder.findSpec(this, name, path);
                    } else {
                        PyObject findSpec = ObjectOps.lookupAttr(finder, PyStr.of("find_spec"));
                        if (findSpec == null) {
                            continue;
                        }
                        try {
                            spec = CallOps.call(findSpec, pyName, path == null ? PyNoneType.NONE : path, PyNoneType.NONE);
                        } finally {
                            findSpec.decref();
                        }
                        if (spec == PyNoneType.NONE) {
                            spec.decref();
                            spec = null;
                        }
                    }
                    if (spec != null) {
                        if (!isReload) {
                            PyObject module = interp.modulesDict().getItem(name);
                            if (module != null) {
                                PyObject existing = ObjectOps.lookupAttr(module, SPEC);
                                if (existing != null && existing != PyNoneType.NONE) {
                                    spec.decref();
                                    return existing;
                                }
                                PyObject.xdecref(existing);
                            }
                        }
                        return spec;
                    }
                }
                return null;
            } finally {
                pyName.decref();
            }
        } finally {
            metaPath.decref();
        }
    }

    /** {@code _load_unlocked}: makes the module of {@code spec}, puts it in {@code sys.modules} and runs it. New reference. */
    PyObject loadUnlocked(PyObject spec) {
        PyObject loader = ObjectOps.getAttr(spec, "loader");
        try {
            if (loader != PyNoneType.NONE && !isOwnLoader(loader) && !hasAttr(loader, "exec_module")) {
                throw ImportErrors.importError("loader " + ObjectOps.repr(loader) + " has no exec_module()", null, null);
            }
        } finally {
            loader.decref();
        }
        PyObject module = moduleFromSpec(spec);
        PyObject specName = ObjectOps.getAttr(spec, "name");
        PyDict modules = interp.modulesDict();
        setInitializing(spec, true);
        try {
            modules.setItem(specName, module);
            try {
                loader = ObjectOps.getAttr(spec, "loader");
                try {
                    if (loader == PyNoneType.NONE) {
                        PyObject locations = ObjectOps.getAttr(spec, "submodule_search_locations");
                        boolean namespace = locations != PyNoneType.NONE;
                        locations.decref();
                        if (!namespace) {
                            throw ImportErrors.importError("missing loader", specName, null);
                        }
                    } else {
                        execModule(loader, module);
                    }
                } finally {
                    loader.decref();
                }
            } catch (PythonException e) {
                modules.delItemIfPresent(specName);
                module.decref();
                throw e;
            }
            module.decref();
            // The module may have replaced itself in sys.modules; that object is the result.
            PyObject result = modules.getItem(specName);
            if (result == null) {
                throw PythonException.of(ExceptionTypes.KEY_ERROR, specName);
            }
            return PyObject.newRef(result);
        } finally {
            setInitializing(spec, false);
            specName.decref();
        }
    }

    /** Whether {@code loader} is one of Krait's own (not a program's subclass), whose protocol is known. */
    private static boolean isOwnLoader(PyObject loader) {
        return loader == PyBuiltinImporter.TYPE || loader instanceof ImportObject && loader.type().isBuiltin();
    }

    private static void setInitializing(PyObject spec, boolean on) {
        if (spec instanceof PyModuleSpec) {
            ((PyModuleSpec) spec).setInitializing(on);
            return;
        }
        try {
            ObjectOps.setAttr(spec, PyStr.of("_initializing"), org.krait.runtime.objects.PyBool.of(on));
        } catch (PythonException e) {
            if (!e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
        }
    }

    /** {@code loader.exec_module(module)}, directly for Krait's own loaders. */
    private void execModule(PyObject loader, PyObject module) {
        if (loader instanceof PyFileLoader && loader.type() == ((PyFileLoader) loader).baseType()) {
            ((PyFileLoader) loader).execModule(this, module);
        } else if (loader == PyBuiltinImporter.TYPE) {
            PyBuiltinImporter.execModule(module);
        } else {
            CallOps.callMethod(loader, "exec_module", module).decref();
        }
    }

    /** Runs {@code code} in the namespace of {@code module}, as {@code exec(code, module.__dict__)}. */
    void runModuleCode(org.krait.runtime.bytecode.PyCode code, PyObject module) {
        PyObject d = ObjectOps.getAttr(module, "__dict__");
        try {
            if (!(d instanceof PyDict)) {
                throw PythonException.typeError("exec() globals must be a dict, not " + d.type().name());
            }
            interp.runCode(code, (PyDict) d, (PyDict) d).decref();
        } finally {
            d.decref();
        }
    }

    /** {@code importlib.util.module_from_spec}: the loader's module or a new one, with the spec's attributes set. New reference. */
    public PyObject moduleFromSpec(PyObject spec) {
        PyObject loader = ObjectOps.getAttr(spec, "loader");
        PyObject module = null;
        try {
            if (loader == PyBuiltinImporter.TYPE) {
                module = PyBuiltinImporter.createModule(interp, spec);
            } else if (loader instanceof ImportObject && loader.type().isBuiltin()) {
                module = null;
            } else {
                module = createModule(loader, spec);
            }
        } finally {
            loader.decref();
        }
        return finishModule(spec, module);
    }

    /** {@code loader.create_module(spec)} of a loader written in Python; null when it has none. */
    private static PyObject createModule(PyObject loader, PyObject spec) {
        PyObject module = null;
        {
            PyObject create = loader == PyNoneType.NONE ? null : ObjectOps.lookupAttr(loader, PyStr.of("create_module"));
            if (create != null) {
                try {
                    module = CallOps.call(create, spec);
                } finally {
                    create.decref();
                }
            } else if (loader != PyNoneType.NONE && hasAttr(loader, "exec_module")) {
                throw ImportErrors.importError("loaders that define exec_module() must also define create_module()", null, null);
            }
        }
        return module;
    }

    private PyObject finishModule(PyObject spec, PyObject module) {
        if (module == null || module == PyNoneType.NONE) {
            PyObject.xdecref(module);
            PyObject name = ObjectOps.getAttr(spec, "name");
            PyDict d = newModuleDict(name);
            module = new PyModule(name.toString(), d);
            d.decref();
            name.decref();
        }
        initModuleAttrs(spec, module, false);
        return module;
    }

    /** A fresh module namespace with CPython's first keys ({@code __name__} is added by the module). */
    static PyDict newModuleDict(PyObject name) {
        PyDict d = new PyDict();
        d.setItem("__name__", name);
        for (String k : new String[] {"__doc__", "__package__", "__loader__", "__spec__"}) {
            d.setItem(k, PyNoneType.NONE);
        }
        return d;
    }

    /** {@code _init_module_attrs}: {@code __name__}, {@code __loader__}, {@code __package__}, {@code __spec__}, {@code __path__}, {@code __file__}, {@code __cached__}. */
    public void initModuleAttrs(PyObject spec, PyObject module, boolean override) {
        if (spec.getClass() == PyModuleSpec.class && spec.type() == PyModuleSpec.TYPE
                && module.getClass() == PyModule.class && module.type() == PyModule.TYPE) {
            initModuleAttrs((PyModuleSpec) spec, ((PyModule) module).dict(), override);
            return;
        }
        if (override || isNoneAttr(module, "__name__")) {
            trySet(module, "__name__", spec, "name");
        }
        if (override || isNoneAttr(module, "__loader__")) {
            PyObject loader = ObjectOps.getAttr(spec, "loader");
            try {
                if (loader == PyNoneType.NONE) {
                    PyObject locations = ObjectOps.getAttr(spec, "submodule_search_locations");
                    if (locations != PyNoneType.NONE) {
                        loader.decref();
                        loader = PyNamespaceLoader.of(locations);
                        ObjectOps.setAttr(spec, PyStr.of("loader"), loader);
                        trySetValue(module, "__file__", PyNoneType.NONE);
                    }
                    locations.decref();
                }
                trySetValue(module, "__loader__", loader);
            } finally {
                loader.decref();
            }
        }
        trySet(module, "__package__", spec, "parent");
        trySetValue(module, "__spec__", spec);
        if (override || isNoneAttr(module, "__path__")) {
            PyObject locations = ObjectOps.getAttr(spec, "submodule_search_locations");
            if (locations != PyNoneType.NONE) {
                trySetValue(module, "__path__", locations);
            }
            locations.decref();
        }
        PyObject hasLocation = ObjectOps.getAttr(spec, "has_location");
        boolean located = ObjectOps.isTrue(hasLocation);
        hasLocation.decref();
        if (located) {
            if (override || isNoneAttr(module, "__file__")) {
                trySet(module, "__file__", spec, "origin");
            }
            if (override || isNoneAttr(module, "__cached__")) {
                PyObject cached = ObjectOps.getAttr(spec, "cached");
                if (cached != PyNoneType.NONE) {
                    trySetValue(module, "__cached__", cached);
                }
                cached.decref();
            }
        }
    }

    /** {@link #initModuleAttrs(PyObject, PyObject, boolean)} for Krait's own spec and module types: their dicts directly. */
    private static void initModuleAttrs(PyModuleSpec spec, PyDict d, boolean override) {
        if (override || isNone(d, "__name__")) {
            d.setItem("__name__", spec.field("name"));
        }
        if (override || isNone(d, "__loader__")) {
            PyObject loader = spec.loader();
            if (loader == PyNoneType.NONE && spec.isPackage()) {
                PyObject made = PyNamespaceLoader.of(spec.searchLocations());
                spec.setField("loader", made);
                made.decref();
                d.setItem("__file__", PyNoneType.NONE);
            }
            d.setItem("__loader__", spec.loader());
        }
        PyObject parent = ObjectOps.getAttr(spec, "parent");
        d.setItem("__package__", parent);
        parent.decref();
        d.setItem("__spec__", spec);
        if (spec.isPackage() && (override || isNone(d, "__path__"))) {
            d.setItem("__path__", spec.searchLocations());
        }
        if (spec.hasLocation()) {
            if (override || isNone(d, "__file__")) {
                d.setItem("__file__", spec.field("origin"));
            }
            if (override || isNone(d, "__cached__")) {
                PyObject cached = spec.cached();
                if (cached != PyNoneType.NONE) {
                    d.setItem("__cached__", cached);
                }
            }
        }
    }

    private static boolean isNone(PyDict d, String key) {
        PyObject v = d.getItem(key);
        return v == null || v == PyNoneType.NONE;
    }

    private static boolean isNoneAttr(PyObject o, String name) {
        PyObject v = ObjectOps.lookupAttr(o, PyStr.of(name));
        if (v == null) {
            return true;
        }
        v.decref();
        return v == PyNoneType.NONE;
    }

    private static void trySet(PyObject module, String attr, PyObject spec, String field) {
        PyObject v = ObjectOps.getAttr(spec, field);
        try {
            trySetValue(module, attr, v);
        } finally {
            v.decref();
        }
    }

    private static void trySetValue(PyObject module, String attr, PyObject v) {
        try {
            ObjectOps.setAttr(module, PyStr.of(attr), v);
        } catch (PythonException e) {
            if (!e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
        }
    }

    static boolean hasAttr(PyObject o, String name) {
        PyObject v = ObjectOps.lookupAttr(o, PyStr.of(name));
        if (v == null) {
            return false;
        }
        v.decref();
        return true;
    }

    // ---- IMPORT_FROM and IMPORT_STAR ----------------------------------------------------------

    /**
     * IMPORT_FROM's work: {@code module.name}, else the submodule {@code module.__name__ + '.' + name}
     * from {@code sys.modules} (a circular import may not have set the attribute yet), else
     * CPython's ImportError. New reference.
     */
    public PyObject importFrom(PyObject module, PyStr name) {
        PyObject v = ObjectOps.lookupAttr(module, name);
        if (v != null) {
            return v;
        }
        PyObject pkgName = ObjectOps.lookupAttr(module, NAME);
        String pkg = pkgName instanceof PyStr ? pkgName.toString() : null;
        PyObject.xdecref(pkgName);
        if (pkg != null) {
            PyObject sub = interp.modulesDict().getItem(pkg + "." + name);
            if (sub != null) {
                return PyObject.newRef(sub);
            }
        }
        String pkgRepr = pkg == null ? "'<unknown module name>'" : ObjectOps.repr(PyStr.of(pkg)).toString();
        PyObject file = module instanceof PyModule ? ((PyModule) module).dict().getItem("__file__") : null;
        PyObject spec = ObjectOps.lookupAttr(module, SPEC);
        boolean initializing = spec != null && isInitializing(spec);
        PyObject.xdecref(spec);
        String nameRepr = ObjectOps.repr(name).toString();
        String msg;
        if (!(file instanceof PyStr)) {
            msg = initializing ? "cannot import name " + nameRepr + " from partially initialized module " + pkgRepr
                    + " (most likely due to a circular import)" : "cannot import name " + nameRepr + " from " + pkgRepr + " (unknown location)";
            file = null;
        } else {
            msg = initializing ? "cannot import name " + nameRepr + " from partially initialized module " + pkgRepr
                    + " (most likely due to a circular import) (" + file + ")" : "cannot import name " + nameRepr + " from " + pkgRepr + " (" + file + ")";
        }
        PyStr n = pkg == null ? null : PyStr.of(pkg);
        PythonException e = ImportErrors.importError(msg, n, file);
        PyObject.xdecref(n);
        throw e;
    }

    /** Whether {@code spec._initializing} is true: the module is still running. */
    static boolean isInitializing(PyObject spec) {
        if (spec instanceof PyModuleSpec) {
            return ((PyModuleSpec) spec).initializing();
        }
        PyObject v = ObjectOps.lookupAttr(spec, PyStr.of("_initializing"));
        if (v == null) {
            return false;
        }
        try {
            return ObjectOps.isTrue(v);
        } finally {
            v.decref();
        }
    }

    /** IMPORT_STAR's work: binds the public names of {@code module} ({@code __all__}, else those not starting with _) in {@code locals}. */
    public static void importStar(PyObject module, PyObject locals) {
        PyObject all = ObjectOps.lookupAttr(module, ALL);
        boolean skipPrivate = false;
        if (all == null) {
            PyObject dict = ObjectOps.lookupAttr(module, PyStr.of("__dict__"));
            if (dict == null) {
                throw ImportErrors.importError("from-import-* object has no __dict__ and no __all__", null, null);
            }
            all = CallOps.callMethod(dict, "keys");
            dict.decref();
            PyObject list = CallOps.call(PyList.TYPE, all);
            all.decref();
            all = list;
            skipPrivate = true;
        }
        try {
            for (int i = 0;; i++) {
                PyObject key;
                try {
                    PyObject index = org.krait.runtime.objects.PyInt.of(i);
                    key = org.krait.runtime.ops.SequenceOps.getItem(all, index);
                    index.decref();
                } catch (PythonException e) {
                    if (e.matches(ExceptionTypes.INDEX_ERROR)) {
                        return;
                    }
                    throw e;
                }
                try {
                    if (!(key instanceof PyStr)) {
                        PyObject modName = ObjectOps.getAttr(module, NAME);
                        try {
                            if (!(modName instanceof PyStr)) {
                                throw PythonException.typeError("module __name__ must be a string, not " + modName.type().name());
                            }
                            throw PythonException.typeError((skipPrivate ? "Key in " + modName + ".__dict__" : "Item in " + modName + ".__all__")
                                    + " must be str, not " + key.type().name());
                        } finally {
                            modName.decref();
                        }
                    }
                    if (skipPrivate && key.toString().startsWith("_")) {
                        continue;
                    }
                    PyObject value = ObjectOps.getAttr(module, (PyStr) key);
                    try {
                        org.krait.runtime.ops.SequenceOps.setItem(locals, key, value);
                    } finally {
                        value.decref();
                    }
                } finally {
                    key.decref();
                }
            }
        } finally {
            all.decref();
        }
    }
}
