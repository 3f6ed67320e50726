package org.krait.runtime.io;

import java.util.Arrays;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyBytearray;
import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyMemoryView;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.SequenceOps;
import org.krait.runtime.types.PyGetSetDescr;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code _io.BytesIO}: an in-memory binary stream. CPython: Modules/_io/bytesio.c. Its
 * {@code getbuffer()} is a view of a copy: writes through the view do not reach the stream.
 */
public final class PyBytesIO extends PyBufferedIOBase {

    public static final PyType TYPE = PyType.builtin("_io.BytesIO", PyBufferedIOBase.TYPE);

    static {
        TYPE.instances(PyBytesIO::new);
        TYPE.slot(Slot.INIT, (Signature.Call) (self, a, kw) -> {
            PyObject[] p = IoArgs.bind("BytesIO", a, kw, 0, "initial_bytes");
            ((PyBytesIO) self).init(p[0]);
            return PyNoneType.NONE;
        });
        TYPE.slot(Slot.NEXT, (Signature.Unary) self -> {
            PyBytesIO b = (PyBytesIO) self;
            PyObject line = b.isExactly(TYPE) ? b.checkOpen().readline(-1) : CallOps.callMethod(self, "readline");
            if (SequenceOps.length(line) == 0) {
                line.decref();
                return null;
            }
            return line;
        });
        TYPE.method("getvalue", (self, a, kw) -> {
            PyBytesIO b = ((PyBytesIO) self).checkOpen();
            return PyBytes.of(Arrays.copyOf(b.buf, b.size));
        });
        TYPE.method("getbuffer", (self, a, kw) -> {
            PyBytesIO b = ((PyBytesIO) self).checkOpen();
            PyBytearray copy = new PyBytearray(Arrays.copyOf(b.buf, b.size));
            try {
                return PyMemoryView.of(copy);
            } finally {
                copy.decref();
            }
        });
        for (String name : new String[] {"read", "read1"}) {
            TYPE.method(name, (self, a, kw) -> {
                IoArgs.positional(name, a, kw, 0, 1);
                return ((PyBytesIO) self).checkOpen().read(IoArgs.size(a.length > 0 ? a[0] : null));
            });
        }
        TYPE.method("readline", (self, a, kw) -> {
            IoArgs.positional("readline", a, kw, 0, 1);
            return ((PyBytesIO) self).checkOpen().readline(IoArgs.size(a.length > 0 ? a[0] : null));
        });
        for (String name : new String[] {"readinto", "readinto1"}) {
            TYPE.method(name, (self, a, kw) -> {
                PyObject target = IoArgs.positional(name, a, kw, 1, 1)[0];
                PyBytesIO b = ((PyBytesIO) self).checkOpen();
                if (target instanceof PyBytes || target instanceof PyStr) {
                    throw PythonException.typeError("readinto() argument must be read-write bytes-like object, not "
                            + target.type().name());
                }
                int n = Math.min(SequenceOps.length(target), Math.max(0, b.size - b.pos));
                PyRawIOBase.copyInto(target, Arrays.copyOfRange(b.buf, b.pos, b.pos + n), n);
                b.pos += n;
                return PyInt.of(n);
            });
        }
        TYPE.method("write", (self, a, kw) -> {
            PyObject o = IoArgs.positional("write", a, kw, 1, 1)[0];
            PyBytesIO b = ((PyBytesIO) self).checkOpen();
            byte[] data = PyBytes.bytesLike(o);
            b.write(data);
            return PyInt.of(data.length);
        });
        TYPE.method("tell", (self, a, kw) -> PyInt.of(((PyBytesIO) self).checkOpen().pos));
        TYPE.method("seek", (self, a, kw) -> {
            IoArgs.positional("seek", a, kw, 1, 2);
            PyBytesIO b = ((PyBytesIO) self).checkOpen();
            long pos = IoArgs.integer(a[0]);
            long whence = a.length > 1 ? IoArgs.integer(a[1]) : 0;
            if (pos < 0 && whence == 0) {
                throw PythonException.valueError("negative seek value " + pos);
            }
            if (whence == 1) {
                pos += b.pos;
            } else if (whence == 2) {
                pos += b.size;
            } else if (whence != 0) {
                throw PythonException.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
            }
            b.pos = (int) Math.max(0, Math.min(pos, Integer.MAX_VALUE - 8));
            return PyInt.of(b.pos);
        });
        TYPE.method("truncate", (self, a, kw) -> {
            IoArgs.positional("truncate", a, kw, 0, 1);
            PyBytesIO b = ((PyBytesIO) self).checkOpen();
            long size = a.length > 0 && a[0] != PyNoneType.NONE ? IoArgs.integer(a[0]) : b.pos;
            if (size < 0) {
                throw PythonException.valueError("negative size value " + size);
            }
            if (size < b.size) {
                b.size = (int) size;
            }
            return PyInt.of(size);
        });
        for (String name : new String[] {"readable", "writable", "seekable"}) {
            TYPE.method(name, (self, a, kw) -> PyBool.of(((PyBytesIO) self).checkOpen() != null));
        }
        TYPE.method("isatty", (self, a, kw) -> PyBool.of(((PyBytesIO) self).checkOpen() == null));
        TYPE.method("flush", (self, a, kw) -> {
            ((PyBytesIO) self).checkOpen();
            return PyNoneType.NONE;
        });
        TYPE.method("close", (self, a, kw) -> {
            ((PyBytesIO) self).closed = true;
            return PyNoneType.NONE;
        });
        TYPE.define("closed", new PyGetSetDescr(TYPE, "closed", self -> PyBool.of(((PyBytesIO) self).closed), null));
    }

    private byte[] buf = new byte[0];
    private int size;
    private int pos;
    private boolean closed;

    private PyBytesIO(PyType type) {
        super(type);
    }

    private void init(PyObject initial) {
        buf = new byte[0];
        size = pos = 0;
        closed = false;
        if (initial != null && initial != PyNoneType.NONE) {
            write(PyBytes.bytesLike(initial));
            pos = 0;
        }
    }

    private PyBytesIO checkOpen() {
        if (closed) {
            throw IoArgs.closedFile();
        }
        return this;
    }

    @Override
    boolean closedState() {
        return closed;
    }

    private void write(byte[] data) {
        int end = pos + data.length;
        if (end > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2));
        }
        if (pos > size) {
            Arrays.fill(buf, size, pos, (byte) 0);
        }
        System.arraycopy(data, 0, buf, pos, data.length);
        pos = end;
        size = Math.max(size, end);
    }

    private PyObject read(long n) {
        int avail = Math.max(0, size - pos);
        int k = n < 0 || n > avail ? avail : (int) n;
        if (k == 0) {
            return PyBytes.EMPTY;
        }
        PyObject r = PyBytes.of(Arrays.copyOfRange(buf, pos, pos + k));
        pos += k;
        return r;
    }

    private PyObject readline(long limit) {
        int start = Math.min(pos, size);
        int end = limit >= 0 && start + limit < size ? (int) (start + limit) : size;
        int i = start;
        while (i < end && buf[i] != '\n') {
            i++;
        }
        int stop = i < end ? i + 1 : end;
        pos = Math.max(pos, stop);
        return stop <= start ? PyBytes.EMPTY : PyBytes.of(Arrays.copyOfRange(buf, start, stop));
    }
}
