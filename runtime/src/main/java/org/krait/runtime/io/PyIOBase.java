package org.krait.runtime.io;

import org.krait.runtime.objects.DictOwner;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.ops.SequenceOps;
import org.krait.runtime.types.PyGetSetDescr;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code _io._IOBase}, the root of the io types (CPython: Modules/_io/iobase.c): closing, the
 * context-manager and iterator protocols, {@code readline}/{@code readlines}/{@code writelines}
 * over {@code read}/{@code write}, and UnsupportedOperation for what a stream cannot do. These
 * methods reach the others through attribute lookup, so a Python subclass's methods take part.
 *
 * <p>Every io object has an instance dict and its type (a class deriving from an io type gets
 * instances of that type's Java class). When its last reference goes it closes itself, as
 * CPython's {@code iobase_finalize} does.
 */
public class PyIOBase extends PyObject implements DictOwner {

    public static final PyType TYPE = PyType.builtin("_io._IOBase", PyType.OBJECT);

    /** {@code io.UnsupportedOperation}: both an OSError and a ValueError. */
    public static final PyType UNSUPPORTED_OPERATION = PyType.builtin("io.UnsupportedOperation",
            ExceptionTypes.OS_ERROR, ExceptionTypes.VALUE_ERROR);

    static {
        TYPE.instances(PyIOBase::new);
        TYPE.method("seek", (self, a, kw) -> {
            throw IoArgs.unsupported("seek");
        });
        TYPE.method("tell", (self, a, kw) -> CallOps.callMethod(self, "seek", PyInt.of(0), PyInt.of(1)));
        TYPE.method("truncate", (self, a, kw) -> {
            throw IoArgs.unsupported("truncate");
        });
        TYPE.method("fileno", (self, a, kw) -> {
            throw IoArgs.unsupported("fileno");
        });
        TYPE.method("flush", (self, a, kw) -> {
            // Like CPython's iobase_flush, this looks at what IOBase.close() set, not at self.closed.
            if (((PyIOBase) self).iobaseClosed) {
                throw IoArgs.closedFile();
            }
            return PyNoneType.NONE;
        });
        TYPE.method("close", (self, a, kw) -> {
            ((PyIOBase) self).closeBase();
            return PyNoneType.NONE;
        });
        TYPE.define("closed", new PyGetSetDescr(TYPE, "closed", self -> PyBool.of(((PyIOBase) self).iobaseClosed), null));
        TYPE.method("seekable", (self, a, kw) -> PyBool.FALSE);
        TYPE.method("readable", (self, a, kw) -> PyBool.FALSE);
        TYPE.method("writable", (self, a, kw) -> PyBool.FALSE);
        TYPE.method("isatty", (self, a, kw) -> {
            checkClosed(self);
            return PyBool.FALSE;
        });
        TYPE.method("_checkClosed", (self, a, kw) -> {
            checkClosed(self);
            return PyNoneType.NONE;
        });
        TYPE.method("_checkReadable", (self, a, kw) -> {
            if (!IoArgs.callBool(self, "readable")) {
                throw IoArgs.unsupported("File or stream is not readable.");
            }
            return PyNoneType.NONE;
        });
        TYPE.method("_checkWritable", (self, a, kw) -> {
            if (!IoArgs.callBool(self, "writable")) {
                throw IoArgs.unsupported("File or stream is not writable.");
            }
            return PyNoneType.NONE;
        });
        TYPE.method("_checkSeekable", (self, a, kw) -> {
            if (!IoArgs.callBool(self, "seekable")) {
                throw IoArgs.unsupported("File or stream is not seekable.");
            }
            return PyNoneType.NONE;
        });
        TYPE.method("__enter__", (self, a, kw) -> {
            checkClosed(self);
            return newRef(self);
        });
        TYPE.method("__exit__", (self, a, kw) -> CallOps.callMethod(self, "close"));
        TYPE.method("readline", (self, a, kw) -> readline(self, IoArgs.size(IoArgs.positional("readline", a, kw, 0, 1).length > 0
                ? a[0] : null)));
        TYPE.method("readlines", (self, a, kw) -> readlines(self, IoArgs.size(IoArgs.positional("readlines", a, kw, 0, 1).length > 0
                ? a[0] : null)));
        TYPE.method("writelines", (self, a, kw) -> {
            IoArgs.positional("writelines", a, kw, 1, 1);
            checkClosed(self);
            PyObject it = IterOps.iter(a[0]);
            PyObject line;
            try {
                while ((line = IterOps.next(it)) != null) {
                    try {
                        CallOps.callMethod(self, "write", line).decref();
                    } finally {
                        line.decref();
                    }
                }
            } finally {
                it.decref();
            }
            return PyNoneType.NONE;
        });
        TYPE.slot(Slot.ITER, (Signature.Unary) self -> {
            checkClosed(self);
            return newRef(self);
        });
        TYPE.slot(Slot.NEXT, (Signature.Unary) self -> {
            PyObject line = CallOps.callMethod(self, "readline");
            if (SequenceOps.length(line) == 0) {
                line.decref();
                return null;
            }
            return line;
        });
    }

    /** The type: an io type, or a class deriving from one. */
    private final PyType type;
    private PyDict dict;
    /** CPython's {@code __IOBase_closed}: set by {@code IOBase.close}. */
    private boolean iobaseClosed;
    /** Set when the last reference went, so that a resurrection during the final close releases nothing twice. */
    private boolean released;

    protected PyIOBase(PyType type) {
        this.type = type;
        if (!type.isBuiltin()) {
            type.incref();
        }
    }

    @Override
    public final PyType type() {
        return type;
    }

    @Override
    public final PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** Whether this object is an instance of exactly {@code t} (no Python subclass overrides anything). */
    final boolean isExactly(PyType t) {
        return type == t;
    }

    /** {@code IOBase.close}: flushes (through attribute lookup) and marks the object closed, once. */
    final void closeBase() {
        if (iobaseClosed) {
            return;
        }
        try {
            CallOps.callMethod(this, "flush").decref();
        } finally {
            iobaseClosed = true;
        }
    }

    /** {@code self.closed}: the Java state for io types, the attribute for Python subclasses. */
    static boolean isClosed(PyObject self) {
        if (self instanceof PyIOBase && self.type().isBuiltin()) {
            return ((PyIOBase) self).closedState();
        }
        PyObject c = ObjectOps.getAttr(self, "closed");
        try {
            return ObjectOps.isTrue(c);
        } finally {
            c.decref();
        }
    }

    /** ValueError {@code I/O operation on closed file.} if {@code self.closed}. */
    static void checkClosed(PyObject self) {
        if (isClosed(self)) {
            throw IoArgs.closedFile();
        }
    }

    /** Whether this object is closed, for its own Java type; overridden by types that delegate it. */
    boolean closedState() {
        return iobaseClosed;
    }

    /** {@code IOBase.readline(size)}: peeks when the stream can, else reads a byte at a time. */
    private static PyObject readline(PyObject self, long limit) {
        PyObject peek = ObjectOps.lookupAttr(self, PyStr.of("peek"));
        boolean peeks = peek != null;
        PyObject.xdecref(peek);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            long want = 1;
            if (peeks) {
                PyObject ahead = CallOps.callMethod(self, "peek", PyInt.of(1));
                byte[] b = bytesResult(ahead, "peek");
                ahead.decref();
                if (b.length == 0) {
                    break;
                }
                int n = 0;
                while (n < b.length && (limit < 0 || n < limit - out.size())) {
                    if (b[n++] == '\n') {
                        break;
                    }
                }
                want = n;
            }
            PyObject chunk = CallOps.callMethod(self, "read", PyInt.of(want));
            byte[] b = bytesResult(chunk, "read");
            chunk.decref();
            if (b.length == 0) {
                break;
            }
            out.writeBytes(b);
            if (b[b.length - 1] == '\n') {
                break;
            }
        }
        return org.krait.runtime.objects.PyBytes.of(out.toByteArray());
    }

    private static byte[] bytesResult(PyObject r, String what) {
        if (r == PyNoneType.NONE) {
            return new byte[0];
        }
        byte[] b = org.krait.runtime.objects.PyBytes.bytesOf(r);
        if (b == null) {
            throw PythonException.of(ExceptionTypes.OS_ERROR, what + "() should have returned a bytes object, not '"
                    + r.type().name() + "'");
        }
        return b;
    }

    /** {@code IOBase.readlines(hint)}: the lines of iteration, until their total length reaches the hint. */
    static PyObject readlines(PyObject self, long hint) {
        PyList lines = new PyList();
        PyObject it = IterOps.iter(self);
        try {
            long total = 0;
            PyObject line;
            while ((line = IterOps.next(it)) != null) {
                lines.append(line);
                total += SequenceOps.length(line);
                line.decref();
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
        } finally {
            it.decref();
        }
        return lines;
    }

    @Override
    public final void releaseReferences() {
        if (released) {
            return;
        }
        released = true;
        finish();
        releaseFields();
        PyObject.xdecref(dict);
        if (!type.isBuiltin()) {
            type.decref();
        }
    }

    /** Closes this object as its last reference goes, as CPython's finalizer does; errors are ignored. */
    private void finish() {
        try {
            if (!isClosed(this)) {
                CallOps.callMethod(this, "close").decref();
            }
        } catch (PythonException e) {
            // CPython reports these as "Exception ignored in ..."; the object goes either way.
        }
    }

    /** Drops the references the subclass's fields hold. */
    void releaseFields() {
    }
}
