package org.krait.runtime.io;

import org.krait.runtime.objects.PyObject;
import org.krait.runtime.types.PyType;

/** {@code _io.BufferedReader}: see {@link BufferedStream}. CPython: Modules/_io/bufferedio.c. */
public final class PyBufferedReader extends BufferedStream {

    public static final PyType TYPE = PyType.builtin("_io.BufferedReader", PyBufferedIOBase.TYPE);

    static {
        TYPE.instances(PyBufferedReader::new);
        defineMethods(TYPE, true, false);
    }

    private PyBufferedReader(PyType type) {
        super(type);
    }

    /** A BufferedReader over {@code raw} (new reference). */
    static PyBufferedReader over(PyObject raw, int size) {
        return over(new PyBufferedReader(TYPE), raw, size, true, false);
    }
}
