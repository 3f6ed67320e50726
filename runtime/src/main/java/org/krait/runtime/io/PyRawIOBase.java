package org.krait.runtime.io;

import org.krait.runtime.objects.PyBytearray;
import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PySlice;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.SequenceOps;
import org.krait.runtime.types.PyType;

/**
 * {@code _io._RawIOBase}: unbuffered binary streams, whose {@code read} and {@code readall} are
 * made of the subclass's {@code readinto}. CPython: Modules/_io/iobase.c.
 */
public class PyRawIOBase extends PyIOBase {

    public static final PyType TYPE = PyType.builtin("_io._RawIOBase", PyIOBase.TYPE);

    static {
        TYPE.instances(PyRawIOBase::new);
        TYPE.method("read", (self, a, kw) -> {
            long n = IoArgs.size(IoArgs.positional("read", a, kw, 0, 1).length > 0 ? a[0] : null);
            if (n < 0) {
                return CallOps.callMethod(self, "readall");
            }
            PyBytearray b = new PyBytearray(new byte[(int) n]);
            try {
                PyObject got = CallOps.callMethod(self, "readinto", b);
                if (got == PyNoneType.NONE) {
                    return got;
                }
                long k = IoArgs.integer(got);
                got.decref();
                byte[] data = b.toByteArray();
                return PyBytes.of(k == data.length ? data : java.util.Arrays.copyOf(data, (int) k));
            } finally {
                b.decref();
            }
        });
        TYPE.method("readall", (self, a, kw) -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            while (true) {
                PyObject chunk = CallOps.callMethod(self, "read", PyInt.of(IoModule.DEFAULT_BUFFER_SIZE));
                if (chunk == PyNoneType.NONE) {
                    if (out.size() == 0) {
                        return chunk;
                    }
                    break;
                }
                byte[] b = PyBytes.bytesLike(chunk);
                chunk.decref();
                if (b.length == 0) {
                    break;
                }
                out.writeBytes(b);
            }
            return PyBytes.of(out.toByteArray());
        });
    }

    protected PyRawIOBase(PyType type) {
        super(type);
    }

    /** Copies {@code data[0, n)} into the writable buffer {@code target} ({@code target[:n] = data[:n]}). */
    static void copyInto(PyObject target, byte[] data, int n) {
        PyObject stop = PyInt.of(n);
        PySlice slice = new PySlice(PyNoneType.NONE, stop, PyNoneType.NONE);
        PyBytes part = PyBytes.of(n == data.length ? data : java.util.Arrays.copyOf(data, n));
        try {
            SequenceOps.setItem(target, slice, part);
        } finally {
            part.decref();
            slice.decref();
            stop.decref();
        }
    }
}
