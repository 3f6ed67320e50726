package org.krait.runtime.io;

import java.util.Arrays;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.ops.SequenceOps;
import org.krait.runtime.types.PyGetSetDescr;
import org.krait.runtime.types.PyMemberDescr;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * What {@code BufferedReader}, {@code BufferedWriter} and {@code BufferedRandom} share (CPython's
 * one {@code buffered} struct in Modules/_io/bufferedio.c): a buffer over a raw stream that holds
 * either bytes read ahead or bytes not yet written, never both. The raw stream is called directly
 * when it is exactly a {@link PyFileIO}, through its Python methods otherwise.
 *
 * <p>Invariant: the logical position is the raw position minus the unread bytes
 * ({@code readEnd - readPos}) plus the unwritten ones ({@code writeLen}).
 */
abstract class BufferedStream extends PyBufferedIOBase {

    /** Reads above this many bytes are made in parts of this size. */
    private static final int LARGE_READ = 1 << 20;

    private PyObject raw;
    /** {@link #raw} when it is exactly a FileIO, else null. */
    private PyFileIO fileRaw;
    private boolean detached;
    /** Whether this type reads (Reader, Random) and writes (Writer, Random). */
    private boolean reads;
    private boolean writes;
    private byte[] buf;
    private int readPos;
    private int readEnd;
    private int writeLen;

    BufferedStream(PyType type) {
        super(type);
    }

    /** Fills the methods every buffered type has into {@code t}; {@code reads}/{@code writes} add the rest. */
    static void defineMethods(PyType t, boolean reads, boolean writes) {
        t.slot(Slot.INIT, (Signature.Call) (self, a, kw) -> {
            PyObject[] p = IoArgs.bind(t.qualname(), a, kw, 1, "raw", "buffer_size");
            ((BufferedStream) self).init(p[0], p[1] == null ? IoModule.DEFAULT_BUFFER_SIZE : IoArgs.integer(p[1]), reads, writes);
            return PyNoneType.NONE;
        });
        t.slot(Slot.REPR, (Signature.Unary) self -> ((BufferedStream) self).repr());
        t.define("raw", new PyMemberDescr(t, "raw", self -> newRef(((BufferedStream) self).raw())));
        t.define("closed", new PyGetSetDescr(t, "closed", self -> PyBool.of(((BufferedStream) self).closedState()), null));
        t.define("name", new PyGetSetDescr(t, "name", self -> ObjectOps.getAttr(((BufferedStream) self).raw(), "name"), null));
        t.define("mode", new PyGetSetDescr(t, "mode", self -> ObjectOps.getAttr(((BufferedStream) self).raw(), "mode"), null));
        t.method("close", (self, a, kw) -> {
            ((BufferedStream) self).close();
            return PyNoneType.NONE;
        });
        t.method("detach", (self, a, kw) -> ((BufferedStream) self).detach());
        t.method("flush", (self, a, kw) -> {
            ((BufferedStream) self).flush();
            return PyNoneType.NONE;
        });
        t.method("fileno", (self, a, kw) -> PyInt.of(((BufferedStream) self).fileno()));
        t.method("isatty", (self, a, kw) -> PyBool.of(((BufferedStream) self).isatty()));
        // Like CPython's, a reader has no writable() of its own and a writer no readable(): IOBase's say False.
        if (reads) {
            t.method("readable", (self, a, kw) -> rawCall(self, "readable"));
        }
        if (writes) {
            t.method("writable", (self, a, kw) -> rawCall(self, "writable"));
        }
        t.method("seekable", (self, a, kw) -> rawCall(self, "seekable"));
        t.method("tell", (self, a, kw) -> PyInt.of(((BufferedStream) self).tell()));
        t.method("seek", (self, a, kw) -> {
            IoArgs.positional("seek", a, kw, 1, 2);
            long pos = IoArgs.integer(a[0]);
            int whence = a.length > 1 ? (int) IoArgs.integer(a[1]) : 0;
            return PyInt.of(((BufferedStream) self).seek(pos, whence));
        });
        if (reads) {
            t.method("read", (self, a, kw) -> {
                IoArgs.positional("read", a, kw, 0, 1);
                long n = IoArgs.size(a.length > 0 ? a[0] : null);
                if (n < -1) {
                    throw PythonException.valueError("read length must be non-negative or -1");
                }
                return ((BufferedStream) self).read(n);
            });
            t.method("read1", (self, a, kw) -> {
                IoArgs.positional("read1", a, kw, 0, 1);
                return ((BufferedStream) self).read1(IoArgs.size(a.length > 0 ? a[0] : null));
            });
            t.method("peek", (self, a, kw) -> {
                IoArgs.positional("peek", a, kw, 0, 1);
                return ((BufferedStream) self).peek();
            });
            t.method("readline", (self, a, kw) -> {
                IoArgs.positional("readline", a, kw, 0, 1);
                return ((BufferedStream) self).readline(IoArgs.size(a.length > 0 ? a[0] : null), "readline");
            });
            t.method("readinto", (self, a, kw) -> ((BufferedStream) self).readinto(IoArgs.positional("readinto", a, kw, 1, 1)[0], false));
            t.method("readinto1", (self, a, kw) -> ((BufferedStream) self).readinto(IoArgs.positional("readinto1", a, kw, 1, 1)[0], true));
            t.slot(Slot.NEXT, (Signature.Unary) self -> {
                PyObject line = ((PyIOBase) self).isExactly(t) ? ((BufferedStream) self).readline(-1, "readline")
                        : CallOps.callMethod(self, "readline");
                if (SequenceOps.length(line) == 0) {
                    line.decref();
                    return null;
                }
                return line;
            });
        }
        if (writes) {
            t.method("truncate", (self, a, kw) -> {
                IoArgs.positional("truncate", a, kw, 0, 1);
                return ((BufferedStream) self).truncate(a.length > 0 ? a[0] : PyNoneType.NONE);
            });
            t.method("write", (self, a, kw) -> {
                byte[] b = PyBytes.bytesLike(IoArgs.positional("write", a, kw, 1, 1)[0]);
                ((BufferedStream) self).write(b, 0, b.length);
                return PyInt.of(b.length);
            });
        }
    }

    private static PyObject rawCall(PyObject self, String name) {
        return CallOps.callMethod(((BufferedStream) self).raw(), name);
    }

    final void init(PyObject rawArg, long size, boolean reads, boolean writes) {
        if (writes && reads) {
            checkRaw(rawArg, "_checkSeekable");
        }
        if (reads) {
            checkRaw(rawArg, "_checkReadable");
        }
        if (writes) {
            checkRaw(rawArg, "_checkWritable");
        }
        if (size <= 0) {
            throw PythonException.valueError("buffer size must be strictly positive");
        }
        PyObject old = raw;
        raw = newRef(rawArg);
        PyObject.xdecref(old);
        fileRaw = rawArg instanceof PyFileIO && ((PyFileIO) rawArg).isExactly(PyFileIO.TYPE) ? (PyFileIO) rawArg : null;
        detached = false;
        this.reads = reads;
        this.writes = writes;
        buf = new byte[(int) Math.min(size, Integer.MAX_VALUE - 8)];
        readPos = readEnd = writeLen = 0;
    }

    private static void checkRaw(PyObject rawArg, String check) {
        CallOps.callMethod(rawArg, check).decref();
    }

    /** A buffered stream of exactly type {@code t} over {@code raw} (new reference). */
    static <T extends BufferedStream> T over(T made, PyObject raw, int size, boolean reads, boolean writes) {
        try {
            made.init(raw, size, reads, writes);
        } catch (PythonException e) {
            made.decref();
            throw e;
        }
        return made;
    }

    /** The raw stream (borrowed), or ValueError when detached or never initialized. */
    PyObject raw() {
        if (raw == null) {
            throw detached ? PythonException.valueError("raw stream has been detached") : IoArgs.uninitialized();
        }
        return raw;
    }

    @Override
    boolean closedState() {
        PyObject r = raw();
        if (fileRaw != null) {
            return fileRaw.closedState();
        }
        return PyIOBase.isClosed(r);
    }

    /** ValueError {@code "<what> of closed file"} if closed. */
    private void checkClosed(String what) {
        if (closedState()) {
            throw PythonException.valueError(what + " of closed file");
        }
    }

    private PyObject repr() {
        String name;
        try {
            PyObject n = ObjectOps.getAttr(this, "name");
            name = " name=" + ObjectOps.repr(n);
            n.decref();
        } catch (PythonException e) {
            if (!e.matches(ExceptionTypes.EXCEPTION)) {
                throw e;
            }
            name = "";
        }
        return PyStr.of("<" + type().name() + name + ">");
    }

    // ------------------------------------------------------------------ the raw stream

    private int rawReadInto(byte[] b, int off, int len) {
        if (fileRaw != null) {
            fileRaw.checkReadable();
            return Math.max(fileRaw.readRaw(b, off, len), 0);
        }
        org.krait.runtime.objects.PyBytearray target = new org.krait.runtime.objects.PyBytearray(new byte[len]);
        try {
            PyObject r = CallOps.callMethod(raw, "readinto", target);
            if (r == PyNoneType.NONE) {
                return 0;
            }
            long n = IoArgs.integer(r);
            r.decref();
            if (n < 0 || n > len) {
                throw PythonException.of(ExceptionTypes.OS_ERROR, "raw readinto() returned invalid length " + n
                        + " (should have been between 0 and " + len + ")");
            }
            System.arraycopy(target.toByteArray(), 0, b, off, (int) n);
            return (int) n;
        } finally {
            target.decref();
        }
    }

    private void rawWriteAll(byte[] b, int off, int len) {
        if (fileRaw != null) {
            fileRaw.checkWritable();
            fileRaw.writeRaw(b, off, len);
            return;
        }
        while (len > 0) {
            PyBytes chunk = PyBytes.of(Arrays.copyOfRange(b, off, off + len));
            PyObject r = CallOps.callMethod(raw, "write", chunk);
            chunk.decref();
            long n = r == PyNoneType.NONE ? 0 : IoArgs.integer(r);
            r.decref();
            if (n < 0 || n > len) {
                throw PythonException.of(ExceptionTypes.OS_ERROR, "raw write() returned invalid length " + n
                        + " (should have been between 0 and " + len + ")");
            }
            off += (int) n;
            len -= (int) n;
        }
    }

    private long rawSeek(long pos, int whence) {
        if (fileRaw != null) {
            return fileRaw.seek(pos, whence);
        }
        PyObject p = PyInt.of(pos);
        PyObject w = PyInt.of(whence);
        PyObject r = CallOps.callMethod(raw, "seek", p, w);
        p.decref();
        w.decref();
        long n = IoArgs.integer(r);
        r.decref();
        if (n < 0) {
            throw PythonException.of(ExceptionTypes.OS_ERROR, "Raw stream returned invalid position " + n);
        }
        return n;
    }

    private long rawTell() {
        if (fileRaw != null) {
            return fileRaw.seek(0, 1);
        }
        PyObject r = CallOps.callMethod(raw, "tell");
        long n = IoArgs.integer(r);
        r.decref();
        if (n < 0) {
            throw PythonException.of(ExceptionTypes.OS_ERROR, "Raw stream returned invalid position " + n);
        }
        return n;
    }

    // ------------------------------------------------------------------ reading

    /** Drops bytes read ahead, moving the raw stream back to the logical position if any were there. */
    private void dropReadAhead() {
        if (readEnd > readPos) {
            rawSeek(-(readEnd - readPos), 1);
        }
        readPos = readEnd = 0;
    }

    /** Reads once from the raw stream into the emptied buffer; false at end of file. */
    private boolean fillBuffer() {
        flushWrites();
        readPos = 0;
        readEnd = rawReadInto(buf, 0, buf.length);
        return readEnd > 0;
    }

    /** {@code read(n)}: n bytes, fewer only at end of file; all of them for -1. */
    PyObject read(long n) {
        raw();
        checkClosed("read");
        if (n < 0) {
            flushWrites();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            out.write(buf, readPos, readEnd - readPos);
            readPos = readEnd = 0;
            if (fileRaw != null) {
                PyObject rest = fileRaw.readall();
                out.writeBytes(PyBytes.bytesLike(rest));
                rest.decref();
                return PyBytes.of(out.toByteArray());
            }
            PyObject readall = ObjectOps.lookupAttr(raw, PyStr.of("readall"));
            while (true) {
                PyObject rest;
                if (readall != null) {
                    rest = org.krait.runtime.ops.CallOps.call(readall);
                } else {
                    PyObject size = PyInt.of(IoModule.DEFAULT_BUFFER_SIZE);
                    rest = CallOps.callMethod(raw, "read", size);
                    size.decref();
                }
                try {
                    if (rest == PyNoneType.NONE) {
                        if (out.size() == 0) {
                            PyObject.xdecref(readall);
                            return newRef(rest);
                        }
                        break;
                    }
                    byte[] b = PyBytes.bytesLike(rest);
                    out.writeBytes(b);
                    if (readall != null || b.length == 0) {
                        break;
                    }
                } finally {
                    rest.decref();
                }
            }
            PyObject.xdecref(readall);
            return PyBytes.of(out.toByteArray());
        }
        if (n <= LARGE_READ) {
            byte[] out = new byte[(int) n];
            int got = readBytes(out, 0, out.length);
            return PyBytes.of(got == out.length ? out : Arrays.copyOf(out, got));
        }
        // A read larger than the file may be is done in parts, never allocating what is not there.
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        byte[] part = new byte[LARGE_READ];
        while (all.size() < n) {
            int got = readBytes(part, 0, (int) Math.min(part.length, n - all.size()));
            all.write(part, 0, got);
            if (got < part.length) {
                break;
            }
        }
        return PyBytes.of(all.toByteArray());
    }

    /** Copies up to {@code len} bytes read ahead into {@code b[off...]}; the count. */
    private int takeBuffered(byte[] b, int off, int len) {
        int k = Math.min(readEnd - readPos, len);
        System.arraycopy(buf, readPos, b, off, k);
        readPos += k;
        return k;
    }

    /**
     * Reads {@code len} bytes into {@code b[off...]}, fewer only at end of file; CPython's
     * _bufferedreader_read_generic: the bytes read ahead, then whole buffer-sized blocks straight
     * from the raw stream, then the rest through the buffer.
     */
    private int readBytes(byte[] b, int off, int len) {
        int got = takeBuffered(b, off, len);
        if (got == len) {
            return got;
        }
        flushWrites();
        readPos = readEnd = 0;
        while (got < len) {
            int block = (len - got) / buf.length * buf.length;
            if (block == 0) {
                break;
            }
            int n = rawReadInto(b, off + got, block);
            if (n <= 0) {
                return got;
            }
            got += n;
        }
        while (got < len && readEnd < buf.length) {
            int n = rawReadInto(buf, readEnd, buf.length - readEnd);
            if (n <= 0) {
                break;
            }
            readEnd += n;
            got += takeBuffered(b, off + got, len - got);
        }
        return got;
    }

    /** Up to {@code n} bytes: those read ahead if there are any, else what one raw read gives (CPython's read1). */
    private byte[] readOnce(int n) {
        if (readEnd > readPos) {
            byte[] out = new byte[Math.min(n, readEnd - readPos)];
            takeBuffered(out, 0, out.length);
            return out;
        }
        flushWrites();
        readPos = readEnd = 0;
        byte[] out = new byte[n];
        int got = rawReadInto(out, 0, n);
        return got == n ? out : Arrays.copyOf(out, Math.max(got, 0));
    }

    /** {@code read1(n)}: at most one raw read. */
    PyObject read1(long n) {
        raw();
        checkClosed("read");
        if (n < 0) {
            n = buf.length;
        }
        if (n == 0) {
            return PyBytes.EMPTY;
        }
        return PyBytes.of(readOnce(fileRaw != null ? fileRaw.readSize(n) : (int) Math.min(n, LARGE_READ)));
    }

    /**
     * The text layer's read1: up to {@code n} bytes from one raw read at most, without going
     * through Python objects (null at end of file).
     */
    byte[] readChunk(int n) {
        raw();
        checkClosed("read");
        byte[] b = readOnce(n);
        return b.length == 0 ? null : b;
    }

    /** {@code peek()}: the bytes read ahead, reading once if there are none. */
    PyObject peek() {
        raw();
        checkClosed("peek");
        if (readEnd == readPos) {
            fillBuffer();
        }
        return PyBytes.of(Arrays.copyOfRange(buf, readPos, readEnd));
    }

    /** {@code readline(limit)}: up to and including the next newline. */
    PyObject readline(long limit, String what) {
        raw();
        checkClosed(what);
        java.io.ByteArrayOutputStream out = null;
        while (true) {
            int avail = readEnd - readPos;
            if (avail == 0) {
                if (!fillBuffer()) {
                    break;
                }
                avail = readEnd - readPos;
            }
            int have = out == null ? 0 : out.size();
            int max = limit < 0 ? avail : (int) Math.min(avail, limit - have);
            int i = readPos;
            int end = readPos + max;
            while (i < end && buf[i] != '\n') {
                i++;
            }
            boolean found = i < end;
            int take = (found ? i + 1 : end) - readPos;
            if (out == null && (found || limit >= 0 && have + take >= limit)) {
                byte[] line = Arrays.copyOfRange(buf, readPos, readPos + take);
                readPos += take;
                return PyBytes.of(line);
            }
            if (out == null) {
                out = new java.io.ByteArrayOutputStream();
            }
            out.write(buf, readPos, take);
            readPos += take;
            if (found || limit >= 0 && out.size() >= limit) {
                break;
            }
        }
        return out == null ? PyBytes.EMPTY : PyBytes.of(out.toByteArray());
    }

    /** {@code readinto(b)} and {@code readinto1(b)}, CPython's _buffered_readinto_generic. */
    private PyObject readinto(PyObject target, boolean once) {
        raw();
        checkClosed("readinto");
        if (target instanceof PyBytes || target instanceof PyStr) {
            throw PythonException.typeError("readinto() argument must be read-write bytes-like object, not "
                    + target.type().name());
        }
        byte[] b = new byte[SequenceOps.length(target)];
        int written = takeBuffered(b, 0, b.length);
        if (written < b.length) {
            flushWrites();
            readPos = readEnd = 0;
            while (written < b.length) {
                int remaining = b.length - written;
                int n;
                if (remaining > buf.length) {
                    n = rawReadInto(b, written, remaining);
                } else if (!(once && written > 0)) {
                    readPos = 0;
                    readEnd = rawReadInto(buf, 0, buf.length);
                    if (readEnd > 0) {
                        written += takeBuffered(b, written, remaining);
                        continue;
                    }
                    n = 0;
                } else {
                    n = 0;
                }
                if (n <= 0) {
                    break;
                }
                written += n;
                if (once) {
                    break;
                }
            }
        }
        PyRawIOBase.copyInto(target, b, written);
        return PyInt.of(written);
    }

    // ------------------------------------------------------------------ writing

    /** Buffers {@code b[off, off + len)}, writing the buffer out when it fills. */
    void write(byte[] b, int off, int len) {
        raw();
        if (closedState()) {
            throw PythonException.valueError("write to closed file");
        }
        if (readEnd > 0) {
            dropReadAhead();
        }
        if (writeLen + len <= buf.length) {
            System.arraycopy(b, off, buf, writeLen, len);
            writeLen += len;
            return;
        }
        flushWrites();
        if (len > buf.length) {
            rawWriteAll(b, off, len);
        } else {
            System.arraycopy(b, off, buf, 0, len);
            writeLen = len;
        }
    }

    /** Writes out the buffered bytes. */
    private void flushWrites() {
        if (writeLen > 0) {
            int n = writeLen;
            writeLen = 0;
            rawWriteAll(buf, 0, n);
        }
    }

    /** {@code flush()}: a writer writes out what is buffered; a reader flushes its raw stream. */
    void flush() {
        raw();
        if (writes) {
            if (closedState()) {
                throw PythonException.valueError("flush of closed file");
            }
            flushWrites();
            return;
        }
        if (fileRaw != null) {
            if (fileRaw.closedState()) {
                throw IoArgs.closedFile();
            }
            return;
        }
        CallOps.callMethod(raw, "flush").decref();
    }

    // ------------------------------------------------------------------ positions and the rest

    long tell() {
        long pos = rawTell() - (readEnd - readPos) + writeLen;
        return Math.max(pos, 0);
    }

    long seek(long pos, int whence) {
        if (whence < 0 || whence > 4) {
            throw PythonException.valueError("whence value " + whence + " unsupported");
        }
        raw();
        checkClosed("seek");
        flushWrites();
        if (whence < 2 && readEnd > 0) {
            // A target inside the bytes read ahead moves within the buffer.
            long bufStart = rawTell() - readEnd;
            long target = whence == 0 ? pos : bufStart + readPos + pos;
            if (target >= bufStart && target <= bufStart + readEnd) {
                readPos = (int) (target - bufStart);
                return target;
            }
        }
        if (whence == 1) {
            pos -= readEnd - readPos;
        }
        readPos = readEnd = 0;
        return rawSeek(pos, whence);
    }

    private PyObject truncate(PyObject pos) {
        raw();
        checkClosed("truncate");
        // As CPython's buffered_flush_and_rewind: the raw stream goes back to the logical position first.
        flushWrites();
        dropReadAhead();
        return CallOps.callMethod(raw, "truncate", pos);
    }

    int fileno() {
        if (fileRaw != null) {
            return fileRaw.fileno();
        }
        PyObject r = CallOps.callMethod(raw(), "fileno");
        try {
            return (int) IoArgs.integer(r);
        } finally {
            r.decref();
        }
    }

    boolean isatty() {
        return fileRaw != null ? fileRaw.isatty() : IoArgs.callBool(raw(), "isatty");
    }

    /** {@code close()}: flushes, then closes the raw stream; a flush error is raised after the close. */
    void close() {
        PyObject r = raw();
        if (closedState()) {
            return;
        }
        PythonException flushError = null;
        try {
            flush();
        } catch (PythonException e) {
            flushError = e;
        }
        readPos = readEnd = writeLen = 0;
        try {
            if (fileRaw != null) {
                fileRaw.close();
            } else {
                CallOps.callMethod(r, "close").decref();
            }
        } catch (PythonException e) {
            if (flushError != null) {
                e.exception().setContext(flushError.exception());
            }
            throw e;
        }
        if (flushError != null) {
            throw flushError;
        }
    }

    private PyObject detach() {
        PyObject r = raw();
        flush();
        raw = null;
        fileRaw = null;
        detached = true;
        return r;
    }

    @Override
    void releaseFields() {
        PyObject.xdecref(raw);
        raw = null;
    }
}
