package org.krait.runtime.io;

import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.SequenceOps;
import org.krait.runtime.types.PyType;

/**
 * {@code _io._BufferedIOBase}: buffered binary streams; {@code readinto} is made of the subclass's
 * {@code read}. CPython: Modules/_io/bufferedio.c.
 */
public class PyBufferedIOBase extends PyIOBase {

    public static final PyType TYPE = PyType.builtin("_io._BufferedIOBase", PyIOBase.TYPE);

    static {
        TYPE.instances(PyBufferedIOBase::new);
        for (String name : new String[] {"read", "read1", "write", "detach"}) {
            TYPE.method(name, (self, a, kw) -> {
                throw IoArgs.unsupported(name);
            });
        }
        TYPE.method("readinto", (self, a, kw) -> readinto(self, IoArgs.positional("readinto", a, kw, 1, 1)[0], "read"));
        TYPE.method("readinto1", (self, a, kw) -> readinto(self, IoArgs.positional("readinto1", a, kw, 1, 1)[0], "read1"));
    }

    protected PyBufferedIOBase(PyType type) {
        super(type);
    }

    /** {@code readinto(b)}: {@code data = self.read(len(b))} copied into b; the count read. */
    static PyObject readinto(PyObject self, PyObject target, String read) {
        int n = SequenceOps.length(target);
        PyObject data = CallOps.callMethod(self, read, PyInt.of(n));
        try {
            byte[] b = PyBytes.bytesLike(data);
            if (b.length > n) {
                throw org.krait.runtime.objects.exceptions.PythonException.valueError(
                        "read() returned too much data: " + n + " bytes requested, " + b.length + " returned");
            }
            PyRawIOBase.copyInto(target, b, b.length);
            return PyInt.of(b.length);
        } finally {
            data.decref();
        }
    }
}
