package org.krait.runtime.marshal;

import static org.krait.runtime.objects.PyBuiltinFunctionOrMethod.define;

import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyBytearray;
import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.types.ArgSpec;

/** The {@code marshal} module: {@code dumps}, {@code loads}, {@code dump}, {@code load}, {@code version}. */
public final class MarshalModule {

    private static final String DOC = "Reading and writing Python values in the binary format of .pyc files.\n\n"
            + "The format belongs to the implementation and may change between versions; it is not meant for\n"
            + "storing or exchanging data. Krait writes the basic types exactly as CPython does; its code\n"
            + "objects carry Krait's own instructions.\n\n"
            + "Functions:\n\ndump() -- write a value to a file\nload() -- read a value from a file\n"
            + "dumps() -- marshal a value into a bytes object\nloads() -- read a value from a bytes-like object\n\n"
            + "Variables:\n\nversion -- the format that dump() and dumps() write by default\n";

    private MarshalModule() {
    }

    public static PyModule create(Interpreter interp) {
        PyDict d = new PyDict();
        PyModule m = new PyModule("marshal", d);
        PyStr doc = PyStr.of(DOC);
        d.setItem("__doc__", doc);
        doc.decref();
        PyInt version = PyInt.of(Marshal.VERSION);
        d.setItem("version", version);
        version.decref();
        define(d, "dumps", ArgSpec.positional(1, 2),
                (s, a, kw) -> PyBytes.of(Marshal.dumps(a[0], a.length > 1 ? cInt(a[1]) : Marshal.VERSION)));
        define(d, "loads", ArgSpec.ONE, (s, a, kw) -> Marshal.loads(PyBytes.bytesLike(a[0])));
        define(d, "dump", ArgSpec.positional(2, 3), (s, a, kw) -> {
            PyBytes data = PyBytes.of(Marshal.dumps(a[0], a.length > 2 ? cInt(a[2]) : Marshal.VERSION));
            try {
                return CallOps.callMethod(a[1], "write", data);
            } finally {
                data.decref();
            }
        });
        define(d, "load", ArgSpec.ONE, (s, a, kw) -> load(a[0]));
        m.adoptFunctions();
        d.decref();
        return m;
    }

    /** Argument Clinic's {@code int} converter. */
    private static int cInt(PyObject o) {
        if (o instanceof org.krait.runtime.objects.PyFloat) {
            throw PythonException.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = NumberOps.index(o);
        if (!i.isLong() || i.longValue() != (int) i.longValue()) {
            throw PythonException.overflow("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    /**
     * {@code marshal.load(file)}: first {@code file.read(0)} to check that the file gives bytes, then
     * exactly the bytes of one value through {@code file.readinto}, so the file stays positioned
     * just after it.
     */
    private static PyObject load(PyObject file) {
        PyInt zero = PyInt.of(0);
        PyObject probe = CallOps.callMethod(file, "read", zero);
        try {
            if (!(probe instanceof PyBytes)) {
                throw PythonException.typeError("file.read() returned not bytes but " + probe.type().name());
            }
        } finally {
            probe.decref();
        }
        return new MarshalReader(new FileInput(file)).readObject();
    }

    /** Bytes from a Python binary file, {@code n} at a time through {@code readinto}. */
    private static final class FileInput implements MarshalReader.Input {
        private final PyObject file;

        FileInput(PyObject file) {
            this.file = file;
        }

        @Override
        public int readByte() {
            byte[] b = readSome(1);
            return b == null ? -1 : b[0] & 0xff;
        }

        @Override
        public byte[] read(int n) {
            if (n == 0) {
                return new byte[0];
            }
            byte[] b = readSome(n);
            if (b == null) {
                throw MarshalReader.eof("EOF read where not expected");
            }
            return b;
        }

        /** {@code n} bytes, or null when the file has fewer. */
        private byte[] readSome(int n) {
            PyBytearray buffer = new PyBytearray(new byte[n]);
            PyObject r = CallOps.callMethod(file, "readinto", buffer);
            long got;
            try {
                got = NumberOps.index(r).asLong();
            } finally {
                r.decref();
            }
            byte[] data = buffer.toByteArray();
            buffer.decref();
            if (got > n) {
                throw PythonException.valueError("read() returned too much data: " + n + " bytes requested, " + got
                        + " returned");
            }
            return got == n ? data : null;
        }
    }
}
