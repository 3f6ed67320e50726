package org.krait.runtime.io;

import org.krait.runtime.objects.PyObject;
import org.krait.runtime.types.PyType;

/** {@code _io.BufferedWriter}: see {@link BufferedStream}. CPython: Modules/_io/bufferedio.c. */
public final class PyBufferedWriter extends BufferedStream {

    public static final PyType TYPE = PyType.builtin("_io.BufferedWriter", PyBufferedIOBase.TYPE);

    static {
        TYPE.instances(PyBufferedWriter::new);
        defineMethods(TYPE, false, true);
    }

    private PyBufferedWriter(PyType type) {
        super(type);
    }

    /** A BufferedWriter over {@code raw} (new reference). */
    static PyBufferedWriter over(PyObject raw, int size) {
        return over(new PyBufferedWriter(TYPE), raw, size, false, true);
    }
}
