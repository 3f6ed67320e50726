package org.krait.runtime.io;

import java.math.BigInteger;
import org.krait.runtime.objects.Codecs;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyGetSetDescr;
import org.krait.runtime.types.PyMemberDescr;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code _io.TextIOWrapper}: text over a buffered binary stream, with an encoding, an error
 * handler and CPython's newline modes. CPython: Modules/_io/textio.c, whose algorithms (pending
 * output bytes, decoded-character buffer, the snapshot from which {@code tell()} builds its
 * cookie, the cookie's layout) and messages it follows.
 *
 * <p>Writes are encoded into a pending byte array that goes to the buffer when it reaches the
 * chunk size, on {@code flush()}, on a newline with line buffering, or at once with
 * write-through. When the buffer is exactly a Buffered* type it is called in Java.
 */
public final class PyTextIOWrapper extends PyTextIOBase {

    public static final PyType TYPE = PyType.builtin("_io.TextIOWrapper", PyTextIOBase.TYPE);

    static {
        TYPE.instances(PyTextIOWrapper::new);
        TYPE.slot(Slot.INIT, (Signature.Call) (self, a, kw) -> {
            PyObject[] p = IoArgs.bind("TextIOWrapper", a, kw, 1, "buffer", "encoding", "errors", "newline", "line_buffering",
                    "write_through");
            ((PyTextIOWrapper) self).init(p[0], p[1], p[2], p[3], p[4] != null && ObjectOps.isTrue(p[4]),
                    p[5] != null && ObjectOps.isTrue(p[5]));
            return PyNoneType.NONE;
        });
        TYPE.slot(Slot.REPR, (Signature.Unary) self -> ((PyTextIOWrapper) self).repr());
        TYPE.slot(Slot.NEXT, (Signature.Unary) self -> ((PyTextIOWrapper) self).next());
        TYPE.method("write", (self, a, kw) -> {
            PyObject s = IoArgs.positional("write", a, kw, 1, 1)[0];
            if (!(s instanceof PyStr)) {
                throw PythonException.typeError("write() argument must be str, not " + s.type().name());
            }
            ((PyTextIOWrapper) self).write(s.toString());
            return PyInt.of(((PyStr) s).length());
        });
        TYPE.method("read", (self, a, kw) -> {
            IoArgs.positional("read", a, kw, 0, 1);
            return PyStr.of(((PyTextIOWrapper) self).read(IoArgs.size(a.length > 0 ? a[0] : null)));
        });
        TYPE.method("readline", (self, a, kw) -> {
            IoArgs.positional("readline", a, kw, 0, 1);
            long limit = a.length > 0 ? IoArgs.integer(a[0]) : -1;
            PyTextIOWrapper t = (PyTextIOWrapper) self;
            t.checkReadable();
            return PyStr.of(t.readline(limit));
        });
        TYPE.method("flush", (self, a, kw) -> {
            ((PyTextIOWrapper) self).flush();
            return PyNoneType.NONE;
        });
        TYPE.method("close", (self, a, kw) -> {
            ((PyTextIOWrapper) self).close();
            return PyNoneType.NONE;
        });
        TYPE.method("detach", (self, a, kw) -> ((PyTextIOWrapper) self).detach());
        TYPE.method("fileno", (self, a, kw) -> CallOps.callMethod(((PyTextIOWrapper) self).buffer(), "fileno"));
        TYPE.method("isatty", (self, a, kw) -> CallOps.callMethod(((PyTextIOWrapper) self).buffer(), "isatty"));
        TYPE.method("readable", (self, a, kw) -> CallOps.callMethod(((PyTextIOWrapper) self).buffer(), "readable"));
        TYPE.method("writable", (self, a, kw) -> CallOps.callMethod(((PyTextIOWrapper) self).buffer(), "writable"));
        TYPE.method("seekable", (self, a, kw) -> CallOps.callMethod(((PyTextIOWrapper) self).buffer(), "seekable"));
        TYPE.method("tell", (self, a, kw) -> ((PyTextIOWrapper) self).tell());
        TYPE.method("seek", (self, a, kw) -> {
            IoArgs.positional("seek", a, kw, 1, 2);
            return ((PyTextIOWrapper) self).seek(a[0], a.length > 1 ? (int) IoArgs.integer(a[1]) : 0);
        });
        TYPE.method("truncate", (self, a, kw) -> {
            IoArgs.positional("truncate", a, kw, 0, 1);
            PyTextIOWrapper t = (PyTextIOWrapper) self;
            PyObject buffer = t.buffer();
            CallOps.callMethod(t, "flush").decref();
            return CallOps.callMethod(buffer, "truncate", a.length > 0 ? a[0] : PyNoneType.NONE);
        });
        TYPE.method("reconfigure", (self, a, kw) -> {
            PyObject[] p = IoArgs.bind("reconfigure", a, kw, 0, "encoding", "errors", "newline", "line_buffering",
                    "write_through");
            if (CallOps.positional(a, kw) > 0) {
                throw PythonException.typeError("reconfigure() takes no positional arguments");
            }
            ((PyTextIOWrapper) self).reconfigure(p);
            return PyNoneType.NONE;
        });
        TYPE.define("encoding", new PyMemberDescr(TYPE, "encoding", self -> PyStr.of(((PyTextIOWrapper) self).encoding)));
        TYPE.define("errors", new PyMemberDescr(TYPE, "errors", self -> PyStr.of(((PyTextIOWrapper) self).errors)));
        TYPE.define("buffer", new PyMemberDescr(TYPE, "buffer", self -> newRef(((PyTextIOWrapper) self).buffer())));
        TYPE.define("line_buffering", new PyMemberDescr(TYPE, "line_buffering",
                self -> PyBool.of(((PyTextIOWrapper) self).lineBuffering)));
        TYPE.define("write_through", new PyMemberDescr(TYPE, "write_through",
                self -> PyBool.of(((PyTextIOWrapper) self).writeThrough)));
        TYPE.define("closed", new PyGetSetDescr(TYPE, "closed",
                self -> ObjectOps.getAttr(((PyTextIOWrapper) self).buffer(), "closed"), null));
        TYPE.define("name", new PyGetSetDescr(TYPE, "name",
                self -> ObjectOps.getAttr(((PyTextIOWrapper) self).buffer(), "name"), null));
        TYPE.define("newlines", new PyGetSetDescr(TYPE, "newlines", self -> ((PyTextIOWrapper) self).newlines(), null));
        TYPE.define("_CHUNK_SIZE", new PyGetSetDescr(TYPE, "_CHUNK_SIZE", self -> PyInt.of(((PyTextIOWrapper) self).chunkSize),
                (self, v) -> {
                    if (v == null) {
                        throw PythonException.attributeError("cannot delete attribute");
                    }
                    long n = IoArgs.integer(v);
                    if (n <= 0) {
                        throw PythonException.valueError("a strictly positive integer is required");
                    }
                    ((PyTextIOWrapper) self).chunkSize = (int) Math.min(n, Integer.MAX_VALUE - 8);
                }));
    }

    private PyObject buffer;
    /** {@link #buffer} when it is exactly one of the Buffered* types, else null. */
    private BufferedStream fastBuffer;
    /** The FileIO under {@link #fastBuffer} when it is exactly a FileIO: the closed test's shortcut. */
    private PyFileIO fastRaw;
    private boolean detached;
    private String encoding;
    private String codec;
    private String errors;
    /** The newline argument: null (None), "", "\n", "\r" or "\r\n". */
    private String newline;
    private boolean readUniversal;
    private boolean readTranslate;
    /** The line end of a non-universal reader. */
    private String readNl;
    private boolean writeTranslate;
    /** What "\n" becomes when writing, or null for no change. */
    private String writeNl;
    private boolean lineBuffering;
    private boolean writeThrough;
    private boolean seekable;
    private boolean telling;
    private boolean hasRead1;
    private int chunkSize = 8192;
    /** Null when the buffer is not readable. */
    private TextDecoder decoder;
    /** Whether the buffer is writable. */
    private boolean writable;
    /** Whether the next encoded text starts the stream (where a byte-order mark goes). */
    private boolean encodingStart;
    private byte[] pendingOut = new byte[0];
    private int pendingLen;
    /** The decoded characters not yet returned start at {@link #decodedUsed}. */
    private String decoded = "";
    private int decodedUsed;
    /** The decoder's flags before the last chunk, and the bytes decoded since (null: no snapshot). */
    private int snapshotFlags;
    private byte[] snapshotInput;
    private double bytesPerChar;

    private PyTextIOWrapper(PyType type) {
        super(type);
    }

    /** A TextIOWrapper of exactly this type over {@code buffer} (new reference). */
    static PyTextIOWrapper over(PyObject buffer, String encoding, String errors, String newline, boolean lineBuffering,
            boolean writeThrough) {
        PyTextIOWrapper t = new PyTextIOWrapper(TYPE);
        PyObject enc = encoding == null ? PyNoneType.NONE : PyStr.of(encoding);
        PyObject err = errors == null ? PyNoneType.NONE : PyStr.of(errors);
        PyObject nl = newline == null ? PyNoneType.NONE : PyStr.of(newline);
        try {
            t.init(buffer, enc, err, nl, lineBuffering, writeThrough);
        } catch (PythonException e) {
            t.decref();
            throw e;
        } finally {
            enc.decref();
            err.decref();
            nl.decref();
        }
        return t;
    }

    private void init(PyObject buf, PyObject encodingArg, PyObject errorsArg, PyObject newlineArg, boolean lineBuffering,
            boolean writeThrough) {
        String enc = IoArgs.strOrNone(encodingArg, "TextIOWrapper", "encoding");
        String err = IoArgs.strOrNone(errorsArg, "TextIOWrapper", "errors");
        String nl = IoArgs.strOrNone(newlineArg, "TextIOWrapper", "newline");
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
            throw PythonException.valueError("illegal newline value: " + nl);
        }
        if (enc == null || enc.equals("locale")) {
            enc = IoModule.LOCALE_ENCODING;
        }
        String cd = Codecs.lookup(enc);
        PyObject old = buffer;
        buffer = newRef(buf);
        PyObject.xdecref(old);
        detached = false;
        fastBuffer = buf instanceof BufferedStream && buf.type().isBuiltin() ? (BufferedStream) buf : null;
        fastRaw = null;
        if (fastBuffer != null) {
            PyObject raw = fastBuffer.raw();
            fastRaw = raw instanceof PyFileIO && ((PyFileIO) raw).isExactly(PyFileIO.TYPE) ? (PyFileIO) raw : null;
        }
        this.encoding = enc;
        this.codec = cd;
        this.errors = err == null ? "strict" : err;
        setNewline(nl);
        this.lineBuffering = lineBuffering;
        this.writeThrough = writeThrough;
        decoder = IoArgs.callBool(buf, "readable") ? new TextDecoder(codec, errors, readUniversal, readTranslate) : null;
        writable = IoArgs.callBool(buf, "writable");
        seekable = telling = IoArgs.callBool(buf, "seekable");
        PyObject read1 = ObjectOps.lookupAttr(buf, PyStr.of("read1"));
        hasRead1 = read1 != null;
        PyObject.xdecref(read1);
        encodingStart = true;
        if (seekable && writable) {
            // Appending to a file that already has text: no byte-order mark in the middle.
            PyObject pos = CallOps.callMethod(buf, "tell");
            encodingStart = !ObjectOps.isTrue(pos);
            pos.decref();
        }
        decoded = "";
        decodedUsed = 0;
        snapshotInput = null;
        pendingLen = 0;
    }

    private void setNewline(String nl) {
        newline = nl;
        readUniversal = nl == null || nl.isEmpty();
        readTranslate = nl == null;
        readNl = nl;
        writeTranslate = nl == null || !nl.isEmpty();
        writeNl = !readUniversal && !nl.equals("\n") ? nl : null;
    }

    /** The buffer (borrowed); ValueError when detached or never initialized. */
    private PyObject buffer() {
        if (buffer == null) {
            throw detached ? PythonException.valueError("underlying buffer has been detached") : IoArgs.uninitialized();
        }
        return buffer;
    }

    @Override
    boolean closedState() {
        PyObject b = buffer();
        if (fastRaw != null) {
            return fastRaw.closedState();
        }
        if (fastBuffer != null) {
            return fastBuffer.closedState();
        }
        return PyIOBase.isClosed(b);
    }

    /** ValueError {@code I/O operation on closed file.} when closed. */
    private void checkClosed() {
        if (closedState()) {
            throw IoArgs.closedFile();
        }
    }

    private void checkReadable() {
        buffer();
        checkClosed();
        if (decoder == null) {
            throw IoArgs.unsupported("not readable");
        }
    }

    private PyObject repr() {
        // CPython writes the type's name as a constant here, also for subclasses.
        StringBuilder sb = new StringBuilder("<_io.TextIOWrapper");
        appendAttribute(sb, "name");
        appendAttribute(sb, "mode");
        return PyStr.of(sb.append(" encoding=").append(ObjectOps.repr(PyStr.of(encoding))).append('>').toString());
    }

    private void appendAttribute(StringBuilder sb, String name) {
        try {
            PyObject v = ObjectOps.getAttr(this, name);
            sb.append(' ').append(name).append('=').append(ObjectOps.repr(v));
            v.decref();
        } catch (PythonException e) {
            if (!e.matches(ExceptionTypes.EXCEPTION)) {
                throw e;
            }
        }
    }

    private PyObject newlines() {
        buffer();
        if (decoder == null || !readUniversal) {
            return PyNoneType.NONE;
        }
        String[] kinds = {"\r", "\n", "\r\n"};
        int[] bits = {TextDecoder.SEEN_CR, TextDecoder.SEEN_LF, TextDecoder.SEEN_CRLF};
        java.util.List<PyObject> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if ((decoder.seen() & bits[i]) != 0) {
                seen.add(PyStr.of(kinds[i]));
            }
        }
        if (seen.isEmpty()) {
            return PyNoneType.NONE;
        }
        if (seen.size() == 1) {
            return seen.get(0);
        }
        PyTuple t = PyTuple.of(seen.toArray(new PyObject[0]));
        for (PyObject o : seen) {
            o.decref();
        }
        return t;
    }

    // ------------------------------------------------------------------ writing

    /** {@code write(text)}; also print()'s way in. */
    public void write(String text) {
        buffer();
        checkClosed();
        if (!writable) {
            throw IoArgs.unsupported("not writable");
        }
        boolean haslf = (writeTranslate && writeNl != null || lineBuffering) && text.indexOf('\n') >= 0;
        if (haslf && writeTranslate && writeNl != null) {
            text = text.replace("\n", writeNl);
        }
        boolean needFlush = lineBuffering && (haslf || text.indexOf('\r') >= 0);
        encodeToPending(text);
        if (pendingLen >= chunkSize || needFlush || writeThrough) {
            writeFlush();
        }
        if (needFlush) {
            flushBuffer();
        }
        if (decoder != null) {
            decoded = "";
            decodedUsed = 0;
            snapshotInput = null;
            decoder.reset();
        }
    }

    private void encodeToPending(String text) {
        int n = text.length();
        boolean fast = errors.equals("strict") && (codec == Codecs.UTF_8 || codec == Codecs.LATIN_1 || codec == Codecs.ASCII);
        if (fast) {
            for (int i = 0; i < n; i++) {
                if (text.charAt(i) >= 0x80) {
                    fast = false;
                    break;
                }
            }
        }
        if (fast) {
            ensurePending(n);
            byte[] out = pendingOut;
            int at = pendingLen;
            for (int i = 0; i < n; i++) {
                out[at + i] = (byte) text.charAt(i);
            }
            pendingLen += n;
        } else {
            byte[] b = Codecs.encodeWith(text, codec, errors, encodingStart);
            ensurePending(b.length);
            System.arraycopy(b, 0, pendingOut, pendingLen, b.length);
            pendingLen += b.length;
        }
        if (n > 0) {
            encodingStart = false;
        }
    }

    private void ensurePending(int more) {
        if (pendingLen + more > pendingOut.length) {
            pendingOut = java.util.Arrays.copyOf(pendingOut, Math.max(pendingLen + more, Math.max(256, pendingOut.length * 2)));
        }
    }

    /** Hands the pending bytes to the buffer. */
    private void writeFlush() {
        if (pendingLen == 0) {
            return;
        }
        int n = pendingLen;
        pendingLen = 0;
        if (fastBuffer != null) {
            fastBuffer.write(pendingOut, 0, n);
            return;
        }
        PyBytes b = PyBytes.of(java.util.Arrays.copyOf(pendingOut, n));
        try {
            CallOps.callMethod(buffer, "write", b).decref();
        } finally {
            b.decref();
        }
    }

    private void flushBuffer() {
        if (fastBuffer != null) {
            fastBuffer.flush();
        } else {
            CallOps.callMethod(buffer, "flush").decref();
        }
    }

    /** {@code flush()}: the pending bytes to the buffer, then the buffer's flush. */
    public void flush() {
        buffer();
        checkClosed();
        telling = seekable;
        writeFlush();
        flushBuffer();
    }

    private void close() {
        PyObject b = buffer();
        if (closedState()) {
            return;
        }
        PythonException flushError = null;
        try {
            CallOps.callMethod(this, "flush").decref();
        } catch (PythonException e) {
            flushError = e;
        }
        try {
            CallOps.callMethod(b, "close").decref();
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
        PyObject b = buffer();
        CallOps.callMethod(this, "flush").decref();
        buffer = null;
        fastBuffer = null;
        fastRaw = null;
        detached = true;
        return b;
    }

    // ------------------------------------------------------------------ reading

    /** The next {@code n} decoded characters not yet returned (all for -1). */
    private String takeDecoded(long n) {
        int avail = decoded.length() - decodedUsed;
        int k = n < 0 || n > avail ? avail : (int) n;
        String s = decoded.substring(decodedUsed, decodedUsed + k);
        decodedUsed += k;
        return s;
    }

    private void setDecoded(String s) {
        decoded = s;
        decodedUsed = 0;
    }

    /** Reads and decodes one chunk; false at end of file. CPython's textiowrapper_read_chunk. */
    private boolean readChunk(long sizeHint) {
        byte[] pendingBefore = null;
        int flagsBefore = 0;
        if (telling) {
            pendingBefore = decoder.pendingBytes();
            flagsBefore = decoder.flags();
        }
        long want = chunkSize;
        if (sizeHint > 0) {
            want = Math.max(want, (long) (Math.max(bytesPerChar, 1.0) * sizeHint));
        }
        // One chunk is at most 1 MiB, however many characters are wanted: read1 may return fewer.
        int size = (int) Math.min(want, 1 << 20);
        byte[] input;
        if (fastBuffer != null && hasRead1) {
            input = fastBuffer.readChunk(size);
            if (input == null) {
                input = new byte[0];
            }
        } else {
            PyObject sizeObj = PyInt.of(size);
            PyObject chunk = CallOps.callMethod(buffer, hasRead1 ? "read1" : "read", sizeObj);
            sizeObj.decref();
            try {
                byte[] b = PyBytes.bytesOf(chunk);
                if (b == null) {
                    throw PythonException.typeError("underlying " + (hasRead1 ? "read1" : "read")
                            + "() should have returned a bytes-like object, not '" + chunk.type().name() + "'");
                }
                input = b;
            } finally {
                chunk.decref();
            }
        }
        boolean eof = input.length == 0;
        String text = decoder.decode(input, 0, input.length, eof);
        setDecoded(text);
        bytesPerChar = text.isEmpty() ? 0.0 : (double) input.length / text.length();
        if (!text.isEmpty()) {
            eof = false;
        }
        if (telling) {
            byte[] next = new byte[pendingBefore.length + input.length];
            System.arraycopy(pendingBefore, 0, next, 0, pendingBefore.length);
            System.arraycopy(input, 0, next, pendingBefore.length, input.length);
            snapshotFlags = flagsBefore;
            snapshotInput = next;
        }
        return !eof;
    }

    /** {@code read(n)}: n characters, fewer at end of file; the rest of the file for -1. */
    String read(long n) {
        checkReadable();
        writeFlush();
        if (n < 0) {
            PyObject all = fastBuffer != null ? fastBuffer.read(-1) : CallOps.callMethod(buffer, "read");
            String text;
            try {
                byte[] b = all == PyNoneType.NONE ? new byte[0] : PyBytes.bytesLike(all);
                text = decoder.decode(b, 0, b.length, true);
            } finally {
                all.decref();
            }
            String result = takeDecoded(-1) + text;
            setDecoded("");
            snapshotInput = null;
            return result;
        }
        StringBuilder sb = new StringBuilder(takeDecoded(n));
        while (sb.length() < n) {
            if (!readChunk(n - sb.length())) {
                break;
            }
            sb.append(takeDecoded(n - sb.length()));
        }
        return sb.toString();
    }

    /** {@code readline(limit)}, CPython's _textiowrapper_readline. */
    String readline(long limit) {
        writeFlush();
        String line = takeDecoded(-1);
        int start = 0;
        int endpos;
        while (true) {
            int found = findLineEnd(line, start);
            if (found >= 0) {
                endpos = found;
                break;
            }
            start = Math.max(0, readUniversal ? line.length() : line.length() - readNl.length() + 1);
            if (limit >= 0 && line.length() >= limit) {
                endpos = (int) limit;
                break;
            }
            boolean more;
            do {
                more = readChunk(0);
            } while (more && decoded.isEmpty());
            if (decoded.length() > decodedUsed) {
                line += takeDecoded(-1);
            } else {
                setDecoded("");
                snapshotInput = null;
                return line;
            }
        }
        if (limit >= 0 && endpos > limit) {
            endpos = (int) limit;
        }
        // Give back what follows the line: it is still in the decoded buffer's tail.
        int back = line.length() - endpos;
        decodedUsed -= back;
        if (decodedUsed < 0) {
            // The line was assembled from several chunks: keep its tail as the decoded characters.
            setDecoded(line.substring(endpos));
        }
        return line.substring(0, endpos);
    }

    /** The index just after the first line end in {@code line} from {@code start}, or -1. */
    private int findLineEnd(String line, int start) {
        if (readTranslate) {
            int pos = line.indexOf('\n', start);
            return pos < 0 ? -1 : pos + 1;
        }
        if (readUniversal) {
            int nl = line.indexOf('\n', start);
            int cr = line.indexOf('\r', start);
            if (cr < 0) {
                return nl < 0 ? -1 : nl + 1;
            }
            if (nl < 0 || cr + 1 < nl) {
                return cr + 1;
            }
            return nl < cr ? nl + 1 : cr + 2;
        }
        int pos = line.indexOf(readNl, start);
        return pos < 0 ? -1 : pos + readNl.length();
    }

    private PyObject next() {
        telling = false;
        String line;
        if (isExactly(TYPE)) {
            checkReadable();
            line = readline(-1);
        } else {
            PyObject l = CallOps.callMethod(this, "readline");
            if (!(l instanceof PyStr)) {
                String t = l.type().name();
                l.decref();
                throw PythonException.of(ExceptionTypes.OS_ERROR, "readline() should have returned a str object, not '" + t + "'");
            }
            line = l.toString();
            l.decref();
        }
        if (line.isEmpty()) {
            snapshotInput = null;
            telling = seekable;
            return null;
        }
        return PyStr.of(line);
    }

    // ------------------------------------------------------------------ positions

    /** The layout of CPython's cookie: start position, decoder flags, bytes to feed, characters to skip, need EOF. */
    private static PyObject cookie(long start, int flags, int bytesToFeed, int charsToSkip, boolean needEof) {
        if (flags == 0 && bytesToFeed == 0 && charsToSkip == 0 && !needEof) {
            return PyInt.of(start);
        }
        BigInteger c = BigInteger.valueOf(start)
                .or(BigInteger.valueOf(flags & 0xffffffffL).shiftLeft(64))
                .or(BigInteger.valueOf(bytesToFeed & 0xffffffffL).shiftLeft(96))
                .or(BigInteger.valueOf(charsToSkip & 0xffffffffL).shiftLeft(128))
                .or(BigInteger.valueOf(needEof ? 1 : 0).shiftLeft(160));
        return PyInt.of(c);
    }

    private PyObject tell() {
        buffer();
        checkClosed();
        if (!seekable) {
            throw IoArgs.unsupported("underlying stream is not seekable");
        }
        if (!telling) {
            throw PythonException.of(ExceptionTypes.OS_ERROR, "telling position disabled by next() call");
        }
        writeFlush();
        CallOps.callMethod(this, "flush").decref();
        PyObject posObj = CallOps.callMethod(buffer, "tell");
        long position = IoArgs.integer(posObj);
        posObj.decref();
        if (decoder == null || snapshotInput == null) {
            return PyInt.of(position);
        }
        byte[] input = snapshotInput;
        long start = position - input.length;
        int flags = snapshotFlags;
        if (decodedUsed == 0) {
            return cookie(start, flags, 0, 0, false);
        }
        int charsToSkip = decodedUsed;
        byte[] savedPending = decoder.pendingBytes();
        int savedFlags = decoder.flags();
        try {
            // A start point close to the position, found by the bytes-per-character ratio.
            int skipBytes = (int) (bytesPerChar * charsToSkip);
            int skipBack = 1;
            while (skipBytes > 0) {
                restoreDecoder(start, flags);
                int n = decoder.decode(input, 0, Math.min(skipBytes, input.length), false).length();
                if (n <= charsToSkip) {
                    int buffered = decoder.pendingBytes().length;
                    if (buffered == 0) {
                        flags = decoder.flags();
                        charsToSkip -= n;
                        break;
                    }
                    skipBytes -= buffered;
                    skipBack = 1;
                } else {
                    skipBytes -= skipBack;
                    skipBack *= 2;
                }
            }
            if (skipBytes <= 0) {
                skipBytes = 0;
                restoreDecoder(start, flags);
            }
            start += skipBytes;
            if (charsToSkip == 0) {
                return cookie(start, flags, 0, 0, false);
            }
            // Feed a byte at a time, moving the start to each point where nothing is buffered.
            int charsDecoded = 0;
            int bytesToFeed = 0;
            int i = skipBytes;
            for (; i < input.length; i++) {
                charsDecoded += decoder.decode(input, i, 1, false).length();
                bytesToFeed++;
                if (decoder.pendingBytes().length == 0 && charsDecoded <= charsToSkip) {
                    start += bytesToFeed;
                    charsToSkip -= charsDecoded;
                    flags = decoder.flags();
                    bytesToFeed = 0;
                    charsDecoded = 0;
                }
                if (charsDecoded >= charsToSkip) {
                    break;
                }
            }
            boolean needEof = false;
            if (i == input.length) {
                charsDecoded += decoder.decode(new byte[0], 0, 0, true).length();
                needEof = true;
                if (charsDecoded < charsToSkip) {
                    throw PythonException.of(ExceptionTypes.OS_ERROR, "can't reconstruct logical file position");
                }
            }
            return cookie(start, flags, bytesToFeed, charsToSkip, needEof);
        } finally {
            decoder.restore(savedPending, savedFlags);
        }
    }

    /** CPython's _textiowrapper_decoder_setstate: a reset at the start of the stream, else the flags. */
    private void restoreDecoder(long start, int flags) {
        if (start == 0 && flags == 0) {
            decoder.reset();
        } else {
            decoder.restore(new byte[0], flags);
        }
    }

    private PyObject seek(PyObject cookieObj, int whence) {
        buffer();
        checkClosed();
        if (!seekable) {
            throw IoArgs.unsupported("underlying stream is not seekable");
        }
        switch (whence) {
            case 1:
                if (!ObjectOps.compareBool(cookieObj, PyInt.of(0), ObjectOps.EQ)) {
                    throw IoArgs.unsupported("can't do nonzero cur-relative seeks");
                }
                cookieObj = CallOps.callMethod(this, "tell");
                break;
            case 2: {
                if (!ObjectOps.compareBool(cookieObj, PyInt.of(0), ObjectOps.EQ)) {
                    throw IoArgs.unsupported("can't do nonzero end-relative seeks");
                }
                CallOps.callMethod(this, "flush").decref();
                setDecoded("");
                snapshotInput = null;
                if (decoder != null) {
                    decoder.reset();
                }
                PyObject zero = PyInt.of(0);
                PyObject two = PyInt.of(2);
                PyObject res = CallOps.callMethod(buffer, "seek", zero, two);
                if (writable) {
                    encodingStart = !ObjectOps.isTrue(res);
                }
                return res;
            }
            case 0:
                cookieObj = newRef(cookieObj);
                break;
            default:
                throw PythonException.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        try {
            if (ObjectOps.compareBool(cookieObj, PyInt.of(0), ObjectOps.LT)) {
                throw PythonException.valueError("negative seek position " + ObjectOps.repr(cookieObj));
            }
            CallOps.callMethod(this, "flush").decref();
            BigInteger c = bigOf(NumberOps.index(cookieObj));
            long start = c.longValue();
            int flags = c.shiftRight(64).intValue();
            int bytesToFeed = c.shiftRight(96).intValue();
            int charsToSkip = c.shiftRight(128).intValue();
            boolean needEof = c.shiftRight(160).intValue() != 0;
            PyObject startObj = PyInt.of(start);
            CallOps.callMethod(buffer, "seek", startObj).decref();
            startObj.decref();
            setDecoded("");
            snapshotInput = null;
            if (decoder != null) {
                restoreDecoder(start, flags);
            }
            if (charsToSkip != 0) {
                PyObject n = PyInt.of(bytesToFeed);
                PyObject chunk = CallOps.callMethod(buffer, "read", n);
                n.decref();
                byte[] b = PyBytes.bytesLike(chunk);
                chunk.decref();
                snapshotFlags = flags;
                snapshotInput = b;
                setDecoded(decoder.decode(b, 0, b.length, needEof));
                if (decoded.length() < charsToSkip) {
                    throw PythonException.of(ExceptionTypes.OS_ERROR, "can't restore logical file position");
                }
                decodedUsed = charsToSkip;
            } else {
                snapshotFlags = flags;
                snapshotInput = new byte[0];
            }
            if (writable) {
                encodingStart = start == 0 && flags == 0;
            }
            return newRef(cookieObj);
        } finally {
            cookieObj.decref();
        }
    }

    private static BigInteger bigOf(PyInt i) {
        try {
            return i.isLong() ? BigInteger.valueOf(i.longValue()) : i.bigValue();
        } finally {
            i.decref();
        }
    }

    private void reconfigure(PyObject[] p) {
        buffer();
        String enc = IoArgs.strOrNone(p[0], "reconfigure", "encoding");
        String err = IoArgs.strOrNone(p[1], "reconfigure", "errors");
        boolean newNewline = p[2] != null && p[2] != org.krait.runtime.objects.PyEllipsis.ELLIPSIS;
        String nl = newNewline ? IoArgs.strOrNone(p[2], "reconfigure", "newline") : newline;
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
            throw PythonException.valueError("illegal newline value: " + nl);
        }
        boolean changesCoding = enc != null || err != null || newNewline;
        if (decoder != null && changesCoding && (decoded.length() > 0 || snapshotInput != null && snapshotInput.length > 0)) {
            throw IoArgs.unsupported("It is not possible to set the encoding or newline of stream after the first read");
        }
        CallOps.callMethod(this, "flush").decref();
        if (enc != null) {
            String newCodec = Codecs.lookup(enc.equals("locale") ? IoModule.LOCALE_ENCODING : enc);
            encoding = enc.equals("locale") ? IoModule.LOCALE_ENCODING : enc;
            codec = newCodec;
            errors = err == null ? "strict" : err;
        } else if (err != null) {
            errors = err;
        }
        setNewline(nl);
        if (decoder != null && changesCoding) {
            decoder = new TextDecoder(codec, errors, readUniversal, readTranslate);
        }
        if (p[3] != null && p[3] != PyNoneType.NONE) {
            lineBuffering = ObjectOps.isTrue(p[3]);
        }
        if (p[4] != null && p[4] != PyNoneType.NONE) {
            writeThrough = ObjectOps.isTrue(p[4]);
        }
    }

    @Override
    void releaseFields() {
        PyObject.xdecref(buffer);
        buffer = null;
    }
}
