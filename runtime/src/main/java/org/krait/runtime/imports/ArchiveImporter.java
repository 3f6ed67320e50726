package org.krait.runtime.imports;

import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;

/**
 * What {@code zipimport.zipimporter} and Krait's class path importer share: a path-entry finder
 * that is also the loader of what it finds in an {@link Archive}, searching for {@code name} the
 * package {@code name/__init__.pyc}, {@code name/__init__.py}, then {@code name.pyc},
 * {@code name.py}, as zipimport does; a directory without {@code __init__} is a namespace
 * portion. Code compiled from a member is shared by all interpreters (see {@link CodeCache}).
 * CPython: Lib/zipimport.py.
 */
abstract class ArchiveImporter extends ImportObject {

    /** (suffix, is bytecode, is package), in zipimport's search order. */
    private static final String[] SUFFIXES = {"/__init__.pyc", "/__init__.py", ".pyc", ".py"};

    ArchiveImporter(PyType type) {
        super(type);
    }

    /** The archive's name in file names: its path, or {@code classpath:prefix}. */
    abstract String archiveName();

    /** The member prefix inside the archive ("" or ending with /). */
    abstract String prefix();

    abstract Archive archive();

    /** The exception for a module this importer cannot give (ZipImportError for zipimporter). */
    abstract PythonException notFound(String message, String fullname);

    /** Defines the importer methods on {@code type}. */
    static void defineMethods(PyType type) {
        type.method("find_spec", ArgSpec.keywords(1, "fullname", "target"), (self, a, kw) -> {
            PyObject spec = ((ArchiveImporter) self).findSpec(a[0].toString());
            return spec == null ? PyNoneType.NONE : spec;
        });
        type.method("get_code", ArgSpec.ONE, (self, a, kw) -> ((ArchiveImporter) self).code(a[0].toString()).code);
        type.method("get_filename", ArgSpec.ONE, (self, a, kw) -> PyStr.of(((ArchiveImporter) self).code(a[0].toString()).path));
        type.method("is_package", ArgSpec.ONE, (self, a, kw) -> PyBool.of(((ArchiveImporter) self).isPackage(a[0].toString())));
        type.method("get_source", ArgSpec.ONE, (self, a, kw) -> ((ArchiveImporter) self).source(a[0].toString()));
        type.method("get_data", ArgSpec.ONE, (self, a, kw) -> ((ArchiveImporter) self).data(PyFileFinder.fspath(a[0])));
        type.method("create_module", ArgSpec.ONE, (self, a, kw) -> PyNoneType.NONE);
        type.method("exec_module", ArgSpec.ONE, (self, a, kw) -> {
            ArchiveImporter imp = (ArchiveImporter) self;
            PyObject name = ObjectOps.getAttr(a[0], "__name__");
            PyCode code;
            try {
                code = imp.code(name.toString()).code;
            } finally {
                name.decref();
            }
            try {
                ThreadState.current().interpreter().imports().runModuleCode(code, a[0]);
            } finally {
                code.decref();
            }
            return PyNoneType.NONE;
        });
        type.method("invalidate_caches", ArgSpec.NOARGS, (self, a, kw) -> PyNoneType.NONE);
    }

    private String modulePath(String fullname) {
        return prefix() + fullname.substring(fullname.lastIndexOf('.') + 1);
    }

    /** {@code _get_module_info}: whether {@code fullname} is a package; null when the archive lacks it. */
    private Boolean moduleInfo(String fullname) {
        String path = modulePath(fullname);
        for (int i = 0; i < SUFFIXES.length; i++) {
            if (SUFFIXES[i].endsWith(".pyc") && !CodeMarshal.available()) {
                continue;
            }
            if (archive().isFile(path + SUFFIXES[i])) {
                return i < 2;
            }
        }
        return null;
    }

    boolean isPackage(String fullname) {
        Boolean info = moduleInfo(fullname);
        if (info == null) {
            throw notFound("can't find module " + repr(fullname), fullname);
        }
        return info;
    }

    /** {@code find_spec(fullname)}: null when not here. New reference. */
    PyObject findSpec(String fullname) {
        Boolean info = moduleInfo(fullname);
        if (info != null) {
            String location = location(fullname);
            PyObject locations = null;
            if (info) {
                locations = new PyList();
            }
            try {
                return PyModuleSpec.fromFileLocation(fullname, location, this, locations);
            } finally {
                PyObject.xdecref(locations);
            }
        }
        String path = modulePath(fullname);
        if (archive().isDir(path)) {
            PyModuleSpec spec = PyModuleSpec.of(fullname, PyNoneType.NONE, null);
            PyList l = new PyList();
            PyStr dir = PyStr.of(archiveName() + "/" + path);
            l.append(dir);
            dir.decref();
            spec.setField("submodule_search_locations", l);
            l.decref();
            return spec;
        }
        return null;
    }

    /** A module's code and the path of the member it came from. */
    private final class Found {
        final String path;
        final String member;
        PyCode code;

        Found(String path, String member) {
            this.path = path;
            this.member = member;
        }
    }

    /** The path of the member {@code fullname} would be loaded from (the first of the search order present). */
    private String location(String fullname) {
        String path = modulePath(fullname);
        for (String suffix : SUFFIXES) {
            if (suffix.endsWith(".pyc") && !CodeMarshal.available()) {
                continue;
            }
            if (archive().isFile(path + suffix)) {
                return archiveName() + "/" + path + suffix;
            }
        }
        throw notFound("can't find module " + repr(fullname), fullname);
    }

    /** {@code _get_module_code}: the code of {@code fullname} (new reference in {@code code}) and its member's path. */
    private Found code(String fullname) {
        String path = modulePath(fullname);
        PythonException importError = null;
        for (String suffix : SUFFIXES) {
            boolean bytecode = suffix.endsWith(".pyc");
            if (bytecode && !CodeMarshal.available()) {
                continue;
            }
            String member = path + suffix;
            if (!archive().isFile(member)) {
                continue;
            }
            Found f = new Found(archiveName() + "/" + member, member);
            if (bytecode) {
                try {
                    f.code = unmarshal(f, fullname, path + suffix.substring(0, suffix.length() - 1));
                } catch (PythonException e) {
                    if (!e.matches(ExceptionTypes.IMPORT_ERROR)) {
                        throw e;
                    }
                    importError = e;
                }
            } else {
                f.code = compile(f, fullname);
            }
            if (f.code != null) {
                return f;
            }
        }
        if (importError != null) {
            PythonException e = notFound("module load failed: " + importError.exception(), fullname);
            e.exception().setCause(importError.exception());
            throw e;
        }
        throw notFound("can't find module " + repr(fullname), fullname);
    }

    /** {@code _unmarshal_code}: a member's .pyc code; null when it is stale against the member's source. */
    private PyCode unmarshal(Found f, String fullname, String sourceMember) {
        byte[] data = archive().read(f.member);
        PyStr p = PyStr.of(f.path);
        try {
            int flags = PycFiles.classify(data == null ? new byte[0] : data, fullname, p);
            if ((flags & PycFiles.FLAG_HASH_BASED) == 0 && archive().isFile(sourceMember)) {
                byte[] source = archive().read(sourceMember);
                long mtime = archive().mtime(sourceMember);
                int stored = PycFiles.word(data, 8);
                boolean sameTime = Math.abs((long) stored - mtime) <= 1;
                if (!sameTime || PycFiles.word(data, 12) != (source == null ? -1 : source.length)) {
                    return null;
                }
            }
            return PycFiles.loadCode(data, fullname, p);
        } finally {
            p.decref();
        }
    }

    private PyCode compile(Found f, String fullname) {
        String version = archive().version(f.member);
        String key = version == null ? null : archiveName() + "/" + f.member + "|" + version;
        PyCode code = key == null ? null : CodeCache.get(key);
        if (code == null) {
            byte[] source = archive().read(f.member);
            if (source == null) {
                throw notFound("can't read " + f.path, fullname);
            }
            boolean bundled = BundledLibrary.contains(f.path);
            code = bundled ? FrozenModules.find(fullname, source) : null;
            if (code == null) {
                code = SourceCompiler.get().compileModule(source, bundled ? BundledLibrary.codeFilename(fullname) : f.path);
            }
            if (key != null) {
                code = CodeCache.put(key, code);
            }
        }
        return PyObject.newRef(code);
    }

    private PyObject source(String fullname) {
        Boolean info = moduleInfo(fullname);
        if (info == null) {
            throw notFound("can't find module " + repr(fullname), fullname);
        }
        String member = modulePath(fullname) + (info ? "/__init__.py" : ".py");
        byte[] data = archive().read(member);
        return data == null ? PyNoneType.NONE : PyStr.of(SourceText.decode(data));
    }

    private PyObject data(String pathname) {
        String key = pathname;
        String root = archiveName() + "/";
        if (key.startsWith(root)) {
            key = key.substring(root.length());
        }
        byte[] bytes = archive().read(key);
        if (bytes == null) {
            PyStr k = PyStr.of(key);
            try {
                throw new PythonException(org.krait.runtime.objects.exceptions.PyOSError.of(0, "", k));
            } finally {
                k.decref();
            }
        }
        return PyBytes.of(bytes);
    }

    static String repr(String s) {
        PyStr p = PyStr.of(s);
        try {
            return ObjectOps.repr(p).toString();
        } finally {
            p.decref();
        }
    }
}
