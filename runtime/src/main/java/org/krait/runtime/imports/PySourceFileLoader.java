package org.krait.runtime.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;

/**
 * {@code SourceFileLoader}: loads a {@code .py} file, through its {@code __pycache__} .pyc when
 * that is current (CPython's mtime and size check, or the source's hash for a hash-based .pyc),
 * writing the .pyc after compiling unless {@code sys.dont_write_bytecode}. A .pyc that fails the
 * checks (foreign magic number, short header, stale) is ignored and the source compiled again.
 * CPython: SourceFileLoader and SourceLoader in Lib/importlib/_bootstrap_external.py.
 */
public final class PySourceFileLoader extends PyFileLoader {

    public static final PyType TYPE = PyType.builtin("_frozen_importlib_external.SourceFileLoader", PyFileLoader.TYPE);

    static {
        TYPE.instances(PySourceFileLoader::new);
        TYPE.method("path_stats", ArgSpec.ONE, (self, a, kw) -> {
            String path = PyFileFinder.fspath(a[0]);
            BasicFileAttributes st = stat(path);
            PyDict d = new PyDict();
            PyObject mtime = new org.krait.runtime.objects.PyFloat(st.lastModifiedTime().to(TimeUnit.NANOSECONDS) / 1e9);
            d.setItem("mtime", mtime);
            mtime.decref();
            PyObject size = PyInt.of(st.size());
            d.setItem("size", size);
            size.decref();
            return d;
        });
        TYPE.method("set_data", ArgSpec.keywords(2, "path", "data", "*", "_mode"), (self, a, kw) -> {
            PycFiles.write(Path.of(PyFileFinder.fspath(a[0])), PyBytes.bytesLike(a[1]));
            return PyNoneType.NONE;
        });
        TYPE.method("get_source", ArgSpec.ONE, (self, a, kw) ->
                PyStr.of(SourceText.decode(readFile(((PySourceFileLoader) self).filename(a[0].toString())))));
        TYPE.method("source_to_code", ArgSpec.keywords(2, "data", "path", "*", "_optimize"), (self, a, kw) -> {
            byte[] source = a[0] instanceof PyStr ? a[0].toString().getBytes(java.nio.charset.StandardCharsets.UTF_8) : PyBytes.bytesLike(a[0]);
            return SourceCompiler.get().compileModule(source, PyFileFinder.fspath(a[1]));
        });
    }

    private PySourceFileLoader(PyType type) {
        super(type);
    }

    PySourceFileLoader(PyType type, String name, String path) {
        super(type, name, path);
    }

    @Override
    PyType baseType() {
        return TYPE;
    }

    @Override
    PyCode getCode(ImportSystem imports, String fullname) {
        String sourcePath = filename(fullname);
        if (BundledLibrary.contains(sourcePath)) {
            return PyObject.newRef(bundledCode(sourcePath, fullname));
        }
        String bytecodePath = PycFiles.cacheFromSource(sourcePath, PycFiles.optimizeLevel());
        PyStr pycName = PyStr.of(bytecodePath);
        try {
            return compileOrLoad(imports, fullname, sourcePath, bytecodePath, pycName);
        } finally {
            pycName.decref();
        }
    }

    private PyCode compileOrLoad(ImportSystem imports, String fullname, String sourcePath, String bytecodePath, PyStr pycName) {
        long mtime = -1;
        long size = -1;
        byte[] source = null;
        long sourceHash = 0;
        boolean hashBased = false;
        boolean checkSource = true;
        BasicFileAttributes st = null;
        try {
            st = Files.readAttributes(Path.of(sourcePath), BasicFileAttributes.class);
        } catch (IOException e) {
            // No stat: no .pyc is used or written, as CPython's path_stats failing.
        }
        if (st != null && CodeMarshal.available()) {
            mtime = st.lastModifiedTime().to(TimeUnit.SECONDS);
            size = st.size();
            byte[] data = null;
            try {
                data = Files.readAllBytes(Path.of(bytecodePath));
            } catch (IOException e) {
                // No .pyc yet.
            }
            if (data != null) {
                try {
                    int flags = PycFiles.classify(data, fullname, pycName);
                    hashBased = (flags & PycFiles.FLAG_HASH_BASED) != 0;
                    if (hashBased) {
                        checkSource = (flags & PycFiles.FLAG_CHECK_SOURCE) != 0;
                        String mode = imports.checkHashBasedPycs();
                        if (!mode.equals("never") && (checkSource || mode.equals("always"))) {
                            source = readFile(sourcePath);
                            sourceHash = PycFiles.sourceHash(source);
                            PycFiles.validateHash(data, sourceHash, fullname, pycName);
                        }
                    } else {
                        PycFiles.validateTimestamp(data, mtime, size, fullname, pycName);
                    }
                    return PycFiles.loadCode(data, fullname, pycName);
                } catch (PythonException e) {
                    if (!e.matches(ExceptionTypes.IMPORT_ERROR) && !e.matches(ExceptionTypes.EOF_ERROR)) {
                        throw e;
                    }
                    // A foreign, damaged or stale .pyc: compiled again from the source below.
                }
            }
        }
        if (source == null) {
            source = readFile(sourcePath);
        }
        PyCode code = SourceCompiler.get().compileModule(source, sourcePath);
        if (st != null && CodeMarshal.available() && !dontWriteBytecode(imports)) {
            byte[] data;
            if (hashBased) {
                data = PycFiles.hashPyc(code, PycFiles.sourceHash(source), checkSource);
            } else {
                data = PycFiles.timestampPyc(code, mtime, source.length);
            }
            PycFiles.write(Path.of(bytecodePath), data);
        }
        return code;
    }

    private static boolean dontWriteBytecode(ImportSystem imports) {
        PyObject v = imports.sysAttr("dont_write_bytecode");
        return v != null && ObjectOps.isTrue(v);
    }

    /** The code of a bundled module: compiled once per JVM, named {@code <frozen NAME>}. Borrowed (immortal). */
    static PyCode bundledCode(String sourcePath, String fullname) {
        BasicFileAttributes st = stat(sourcePath);
        String key = sourcePath + "|" + st.lastModifiedTime().toMillis() + "|" + st.size();
        PyCode code = CodeCache.get(key);
        if (code == null) {
            byte[] source = readFile(sourcePath);
            PyCode frozen = FrozenModules.find(fullname, source);
            code = CodeCache.put(key, frozen != null ? frozen
                    : SourceCompiler.get().compileModule(source, BundledLibrary.codeFilename(fullname)));
        }
        return code;
    }

    private static BasicFileAttributes stat(String path) {
        try {
            return Files.readAttributes(Path.of(path), BasicFileAttributes.class);
        } catch (IOException e) {
            throw ImportErrors.osError(e, path);
        }
    }
}
