package org.krait.runtime.io;

import org.krait.runtime.objects.PyObject;
import org.krait.runtime.types.PyType;

/** {@code _io.BufferedRandom}: see {@link BufferedStream}. CPython: Modules/_io/bufferedio.c. */
public final class PyBufferedRandom extends BufferedStream {

    public static final PyType TYPE = PyType.builtin("_io.BufferedRandom", PyBufferedIOBase.TYPE);

    static {
        TYPE.instances(PyBufferedRandom::new);
        defineMethods(TYPE, true, true);
    }

    private PyBufferedRandom(PyType type) {
        super(type);
    }

    /** A BufferedRandom over {@code raw} (new reference). */
    static PyBufferedRandom over(PyObject raw, int size) {
        return over(new PyBufferedRandom(TYPE), raw, size, true, true);
    }
}
