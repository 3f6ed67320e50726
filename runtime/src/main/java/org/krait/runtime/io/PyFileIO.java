package org.krait.runtime.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.ops.SequenceOps;
import org.krait.runtime.types.PyGetSetDescr;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code _io.FileIO}: a raw binary stream over a file descriptor of the interpreter's
 * {@link FdTable}. CPython: Modules/_io/fileio.c, whose messages it gives.
 */
public final class PyFileIO extends PyRawIOBase {

    public static final PyType TYPE = PyType.builtin("_io.FileIO", PyRawIOBase.TYPE);

    /** Flags of {@code os.open}, Linux's values. */
    static final int O_RDONLY = 0;
    static final int O_WRONLY = 1;
    static final int O_RDWR = 2;
    static final int O_CREAT = 0x40;
    static final int O_EXCL = 0x80;
    static final int O_TRUNC = 0x200;
    static final int O_APPEND = 0x400;
    static final int O_CLOEXEC = 0x80000;

    /**
     * {@code _blksize}, the buffer size {@code open()} chooses: CPython takes st_blksize, which the
     * JDK does not give; 4096 is what Linux file systems, pipes and terminals report.
     */
    static final int BLKSIZE = 4096;

    static {
        TYPE.instances(PyFileIO::new);
        TYPE.slot(Slot.INIT, (Signature.Call) (self, a, kw) -> {
            PyObject[] p = IoArgs.bind("FileIO", a, kw, 1, "file", "mode", "closefd", "opener");
            ((PyFileIO) self).init(p[0], p[1], p[2] == null || ObjectOps.isTrue(p[2]), p[3]);
            return PyNoneType.NONE;
        });
        TYPE.slot(Slot.REPR, (Signature.Unary) self -> ((PyFileIO) self).repr());
        TYPE.method("read", (self, a, kw) -> ((PyFileIO) self).read(IoArgs.size(
                IoArgs.positional("read", a, kw, 0, 1).length > 0 ? a[0] : null)));
        TYPE.method("readall", (self, a, kw) -> ((PyFileIO) self).readall());
        TYPE.method("readinto", (self, a, kw) -> {
            PyFileIO f = (PyFileIO) self;
            PyObject target = IoArgs.positional("readinto", a, kw, 1, 1)[0];
            f.checkReadable();
            if (target instanceof PyBytes || target instanceof PyStr) {
                throw PythonException.typeError("readinto() argument must be read-write bytes-like object, not "
                        + target.type().name());
            }
            byte[] b = new byte[SequenceOps.length(target)];
            int n = f.readRaw(b, 0, b.length);
            n = Math.max(n, 0);
            copyInto(target, b, n);
            return PyInt.of(n);
        });
        TYPE.method("write", (self, a, kw) -> {
            PyFileIO f = (PyFileIO) self;
            PyObject data = IoArgs.positional("write", a, kw, 1, 1)[0];
            f.checkWritable();
            byte[] b = PyBytes.bytesLike(data).clone();
            RawFile file = f.file;
            // A raw write of the program's own: without the GIL (a buffered stream's flush keeps it).
            FdTable.blocking(() -> {
                file.write(b, 0, b.length);
                return 0;
            });
            return PyInt.of(b.length);
        });
        TYPE.method("seek", (self, a, kw) -> {
            PyFileIO f = (PyFileIO) self;
            IoArgs.positional("seek", a, kw, 1, 2);
            f.checkOpen();
            return PyInt.of(f.seek(IoArgs.integer(a[0]), a.length > 1 ? (int) IoArgs.integer(a[1]) : 0));
        });
        TYPE.method("tell", (self, a, kw) -> PyInt.of(((PyFileIO) self).seek(0, 1)));
        TYPE.method("truncate", (self, a, kw) -> {
            PyFileIO f = (PyFileIO) self;
            IoArgs.positional("truncate", a, kw, 0, 1);
            f.checkWritable();
            long size = a.length > 0 && a[0] != PyNoneType.NONE ? IoArgs.integer(a[0]) : f.seek(0, 1);
            f.truncate(size);
            return PyInt.of(size);
        });
        TYPE.method("close", (self, a, kw) -> {
            ((PyFileIO) self).close();
            return PyNoneType.NONE;
        });
        TYPE.method("fileno", (self, a, kw) -> PyInt.of(((PyFileIO) self).checkOpen().fd));
        TYPE.method("isatty", (self, a, kw) -> PyBool.of(((PyFileIO) self).checkOpen().file.isatty()));
        TYPE.method("readable", (self, a, kw) -> PyBool.of(((PyFileIO) self).checkOpen().readable));
        TYPE.method("writable", (self, a, kw) -> PyBool.of(((PyFileIO) self).checkOpen().writable));
        TYPE.method("seekable", (self, a, kw) -> PyBool.of(((PyFileIO) self).checkOpen().file.seekable()));
        TYPE.define("closed", new PyGetSetDescr(TYPE, "closed", self -> PyBool.of(((PyFileIO) self).fd < 0), null));
        TYPE.define("closefd", new PyGetSetDescr(TYPE, "closefd", self -> PyBool.of(((PyFileIO) self).closefd), null));
        TYPE.define("mode", new PyGetSetDescr(TYPE, "mode", self -> PyStr.of(((PyFileIO) self).mode()), null));
        TYPE.define("_blksize", new PyGetSetDescr(TYPE, "_blksize", self -> PyInt.of(BLKSIZE), null));
    }

    private FdTable table;
    private RawFile file;
    /** The descriptor, or -1 when closed or never opened. */
    private int fd = -1;
    private boolean readable;
    private boolean writable;
    private boolean appending;
    private boolean created;
    /** Mode "w" or "w+", which empty the file. */
    private boolean truncating;
    private boolean closefd = true;

    private PyFileIO(PyType type) {
        super(type);
    }

    /** A FileIO of exactly this type, opened as {@code FileIO(file, mode, closefd, opener)} (new reference). */
    static PyFileIO open(PyObject file, String mode, boolean closefd, PyObject opener) {
        PyFileIO f = new PyFileIO(TYPE);
        PyStr m = PyStr.of(mode);
        try {
            f.init(file, m, closefd, opener);
        } catch (PythonException e) {
            f.decref();
            throw e;
        } finally {
            m.decref();
        }
        return f;
    }

    /** The FileIO of a standard stream: descriptor {@code fd} of {@code table}, not closing it, named {@code name}. */
    static PyFileIO standard(FdTable table, int fd, boolean write, String name) {
        PyFileIO f = new PyFileIO(TYPE);
        f.parseMode(write ? "wb" : "rb");
        f.table = table;
        f.closefd = false;
        f.file = table.get(fd);
        f.fd = fd;
        PyStr n = PyStr.of(name);
        f.dict().setItem("name", n);
        n.decref();
        return f;
    }

    private void init(PyObject file, PyObject modeArg, boolean closefd, PyObject opener) {
        if (fd >= 0) {
            close();
        }
        String mode = "r";
        if (modeArg != null) {
            if (!(modeArg instanceof PyStr)) {
                throw PythonException.typeError("FileIO() argument 'mode' must be str, not " + modeArg.type().name());
            }
            mode = modeArg.toString();
        }
        parseMode(mode);
        table = FdTable.current();
        this.closefd = closefd;
        if (file instanceof PyInt || !(file instanceof PyStr) && file.type().has(Slot.INDEX)
                && file.type().lookup("__fspath__") == null) {
            long n = IoArgs.integer(file);
            if (n < 0) {
                throw PythonException.valueError("negative file descriptor");
            }
            this.file = table.get((int) n);
            fd = (int) n;
        } else {
            PyObject path = FsPaths.fspath(file);
            try {
                if (!closefd) {
                    throw PythonException.valueError("Cannot use closefd=False with file name");
                }
                if (opener != null && opener != PyNoneType.NONE) {
                    openWith(opener, path);
                } else {
                    this.file = openPath(path);
                    fd = table.add(this.file);
                }
            } finally {
                path.decref();
            }
        }
        dict().setItem("name", file);
        if (appending && this.file.seekable()) {
            try {
                this.file.seek(0, 2);
            } catch (IOException e) {
                throw FdTable.error(e);
            }
        }
    }

    /** Sets the access flags from a mode such as {@code "rb+"}, with FileIO's messages. */
    private void parseMode(String mode) {
        boolean rwa = false;
        boolean plus = false;
        readable = writable = appending = created = truncating = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x':
                case 'r':
                case 'w':
                case 'a':
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = true;
                    created = c == 'x';
                    readable = c == 'r';
                    writable = c != 'r';
                    appending = c == 'a';
                    truncating = c == 'w';
                    break;
                case '+':
                    if (plus) {
                        throw badMode();
                    }
                    readable = writable = plus = true;
                    break;
                case 'b':
                    break;
                default:
                    throw PythonException.valueError("invalid mode: " + mode);
            }
        }
        if (!rwa) {
            throw badMode();
        }
    }

    private static PythonException badMode() {
        return PythonException.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    /** The flags of {@code os.open} this mode stands for. */
    private int flags() {
        int f = readable && writable ? O_RDWR : readable ? O_RDONLY : O_WRONLY;
        if (created) {
            f |= O_EXCL | O_CREAT;
        } else if (appending) {
            f |= O_APPEND | O_CREAT;
        } else if (truncating) {
            f |= O_TRUNC | O_CREAT;
        }
        return f | O_CLOEXEC;
    }

    private RawFile openPath(PyObject path) {
        return openFile(path, flags(), 0666);
    }

    /** Opens the file {@code path} (str or bytes) as {@code os.open(path, flags, mode)} does. */
    static RawFile openFile(PyObject path, int flags, int mode) {
        Path p = FsPaths.path(path);
        int access = flags & 3;
        boolean rd = access == O_RDONLY || access == O_RDWR;
        boolean wr = access == O_WRONLY || access == O_RDWR;
        Set<OpenOption> opts = new java.util.HashSet<>();
        if (rd) {
            opts.add(StandardOpenOption.READ);
        }
        if (wr) {
            opts.add(StandardOpenOption.WRITE);
        }
        if ((flags & O_CREAT) != 0) {
            opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & O_TRUNC) != 0 && wr) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if (FsPaths.text(path).isEmpty()) {
            throw OsErrors.of(Errno.ENOENT, path);
        }
        if (Files.isDirectory(p) && ((flags & O_CREAT) == 0 || (flags & O_EXCL) == 0)) {
            throw OsErrors.of(Errno.EISDIR, path);
        }
        try {
            return new ChannelFile(FileChannel.open(p, opts, FsPaths.permissions(mode)), p, rd, wr, (flags & O_APPEND) != 0);
        } catch (IOException e) {
            throw OsErrors.fromJava(e, path);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw OsErrors.of(Errno.EINVAL, path);
        }
    }

    private void openWith(PyObject opener, PyObject path) {
        PyObject flagsObj = PyInt.of(flags());
        PyObject r = CallOps.call(opener, path, flagsObj);
        flagsObj.decref();
        try {
            if (!(r instanceof PyInt)) {
                throw PythonException.typeError("expected integer from opener");
            }
            long n = ((PyInt) r).asLong();
            if (n < 0) {
                throw PythonException.valueError("opener returned " + n);
            }
            file = table.get((int) n);
            fd = (int) n;
        } finally {
            r.decref();
        }
    }

    /** FileIO's {@code mode}: {@code "rb"}, {@code "wb"}, {@code "rb+"}, {@code "xb"}, {@code "ab+"}... */
    String mode() {
        if (created) {
            return readable ? "xb+" : "xb";
        }
        if (appending) {
            return readable ? "ab+" : "ab";
        }
        if (readable) {
            return writable ? "rb+" : "rb";
        }
        return "wb";
    }

    private PyObject repr() {
        if (fd < 0) {
            return PyStr.of("<_io.FileIO [closed]>");
        }
        PyObject name = dict().getItem("name");
        String what = name == null ? "fd=" + fd : "name=" + ObjectOps.repr(name);
        // CPython writes the type's name as a constant here, also for subclasses.
        return PyStr.of("<_io.FileIO " + what + " mode='" + mode() + "' closefd=" + (closefd ? "True" : "False") + ">");
    }

    @Override
    boolean closedState() {
        return fd < 0;
    }

    /** This file, or ValueError when closed (FileIO's wording has no full stop). */
    PyFileIO checkOpen() {
        if (fd < 0) {
            throw PythonException.valueError("I/O operation on closed file");
        }
        return this;
    }

    void checkReadable() {
        checkOpen();
        if (!readable) {
            throw IoArgs.unsupported("File not open for reading");
        }
    }

    void checkWritable() {
        checkOpen();
        if (!writable) {
            throw IoArgs.unsupported("File not open for writing");
        }
    }

    boolean readable() {
        return readable;
    }

    boolean writable() {
        return writable;
    }

    boolean seekable() {
        return checkOpen().file.seekable();
    }

    boolean isatty() {
        return checkOpen().file.isatty();
    }

    int fileno() {
        return checkOpen().fd;
    }

    /** Reads up to {@code len} bytes; -1 at end of file. */
    int readRaw(byte[] b, int off, int len) {
        // Without the GIL: a read of a pipe or a terminal waits for the other side. A buffered
        // stream has no lock of its own yet, so two threads reading one stream at once may mix.
        RawFile f = file;
        return FdTable.blocking(() -> f.read(b, off, len));
    }

    void writeRaw(byte[] b, int off, int len) {
        try {
            file.write(b, off, len);
        } catch (IOException e) {
            throw FdTable.error(e);
        }
    }

    long seek(long pos, int whence) {
        checkOpen();
        if (whence < 0 || whence > 4) {
            throw OsErrors.of(Errno.EINVAL, null);
        }
        try {
            return whence == 1 && pos == 0 && file.seekable() ? file.seek(0, 1) : file.seek(pos, whence);
        } catch (IOException e) {
            throw FdTable.error(e);
        }
    }

    void truncate(long size) {
        try {
            file.truncate(size);
        } catch (IOException e) {
            throw FdTable.error(e);
        }
    }

    private PyObject read(long size) {
        checkReadable();
        if (size < 0) {
            return readall();
        }
        byte[] b = new byte[readSize(file, size)];
        int n = readRaw(b, 0, b.length);
        if (n <= 0) {
            return PyBytes.EMPTY;
        }
        return PyBytes.of(n == b.length ? b : java.util.Arrays.copyOf(b, n));
    }

    /**
     * How many bytes one read of up to {@code n} asks for: all the file has left when that is
     * known (a read of a regular file is never short), else at most 64 KiB, so that a huge
     * {@code n} never allocates more than there can be.
     */
    static int readSize(RawFile file, long n) {
        long cap = 65536;
        if (file.seekable()) {
            try {
                cap = Math.max(cap, file.size() - file.seek(0, 1));
            } catch (IOException e) {
                throw FdTable.error(e);
            }
        }
        return (int) Math.min(n, Math.min(cap, Integer.MAX_VALUE - 8));
    }

    /** {@link #readSize(RawFile, long)} for this file. */
    int readSize(long n) {
        return readSize(checkOpen().file, n);
    }

    /** Reads to the end of the file. */
    PyObject readall() {
        checkReadable();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] b = new byte[IoModule.DEFAULT_BUFFER_SIZE];
        int n;
        while ((n = readRaw(b, 0, b.length)) > 0) {
            out.write(b, 0, n);
        }
        return PyBytes.of(out.toByteArray());
    }

    void close() {
        if (fd < 0) {
            return;
        }
        try {
            closeBase();
        } finally {
            int closing = fd;
            fd = -1;
            if (closefd) {
                table.close(closing);
            }
        }
    }
}
