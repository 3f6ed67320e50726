package org.krait.runtime.imports;

import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;

/**
 * {@code SourcelessFileLoader}: loads a {@code .pyc} placed where a source would be. A foreign or
 * damaged file raises what CPython raises: ImportError (bad magic number, bad flags), EOFError
 * (short header or data), ValueError (bad marshal data). CPython: SourcelessFileLoader in
 * Lib/importlib/_bootstrap_external.py.
 */
public final class PySourcelessFileLoader extends PyFileLoader {

    public static final PyType TYPE = PyType.builtin("_frozen_importlib_external.SourcelessFileLoader", PyFileLoader.TYPE);

    static {
        TYPE.instances(PySourcelessFileLoader::new);
        TYPE.method("get_source", ArgSpec.ONE, (self, a, kw) -> PyNoneType.NONE);
    }

    private PySourcelessFileLoader(PyType type) {
        super(type);
    }

    PySourcelessFileLoader(PyType type, String name, String path) {
        super(type, name, path);
    }

    @Override
    PyType baseType() {
        return TYPE;
    }

    @Override
    PyCode getCode(ImportSystem imports, String fullname) {
        String path = filename(fullname);
        byte[] data = readFile(path);
        PyStr p = PyStr.of(path);
        try {
            PycFiles.classify(data, fullname, p);
            if (!CodeMarshal.available()) {
                throw ImportErrors.importError("Krait cannot read .pyc files without marshal", null, p);
            }
            return PycFiles.loadCode(data, fullname, p);
        } finally {
            p.decref();
        }
    }
}
