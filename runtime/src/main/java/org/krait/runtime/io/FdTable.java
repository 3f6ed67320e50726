package org.krait.runtime.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * The file descriptors of one interpreter: the smallest free integers, as a POSIX process numbers
 * them, standing for open {@link RawFile}s; 0, 1 and 2 are the interpreter's standard streams.
 */
public final class FdTable {

    private final List<RawFile> files = new ArrayList<>();

    private FdTable(Interpreter interp) {
        // The JVM's own streams are terminals when the JVM has a console; the host's streams never are.
        boolean console = System.console() != null;
        files.add(StreamFile.input(interp.in(), console && interp.in() == System.in));
        files.add(StreamFile.output(interp.out(), console && interp.out() == System.out));
        files.add(StreamFile.output(interp.err(), console && interp.err() == System.err));
    }

    /** The table of {@code interp}. */
    public static FdTable of(Interpreter interp) {
        return interp.state(FdTable.class, FdTable::new);
    }

    /** The table of the interpreter running on this thread. */
    public static FdTable current() {
        ThreadState ts = ThreadState.current();
        if (ts == null) {
            throw new IllegalStateException("file descriptors used on a thread without an interpreter");
        }
        return of(ts.interpreter());
    }

    /** Gives {@code f} the smallest free descriptor. */
    synchronized int add(RawFile f) {
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i) == null) {
                files.set(i, f);
                return i;
            }
        }
        files.add(f);
        return files.size() - 1;
    }

    /** The file of {@code fd}; OSError EBADF if none. */
    synchronized RawFile get(int fd) {
        RawFile f = fd >= 0 && fd < files.size() ? files.get(fd) : null;
        if (f == null) {
            throw OsErrors.of(Errno.EBADF, null);
        }
        return f;
    }

    /** Closes {@code fd} ({@code os.close}); OSError EBADF if it is not open. */
    public void close(int fd) {
        RawFile f;
        synchronized (this) {
            f = get(fd);
            files.set(fd, null);
        }
        try {
            f.close();
        } catch (IOException e) {
            throw OsErrors.fromJava(e, null);
        }
    }

    /** Whether {@code fd} is open. */
    synchronized boolean isOpen(int fd) {
        return fd >= 0 && fd < files.size() && files.get(fd) != null;
    }

    /** {@code os.open(path, flags, mode)}: a new descriptor for the file {@code path} (str or bytes). */
    public int open(PyObject path, int flags, int mode) {
        return add(PyFileIO.openFile(path, flags, mode));
    }

    /** {@code os.read(fd, n)}: up to n bytes, none at end of file. */
    public byte[] read(int fd, int n) {
        RawFile f = get(fd);
        byte[] b = new byte[PyFileIO.readSize(f, n)];
        int got = blocking(() -> f.read(b, 0, b.length));
        return got <= 0 ? new byte[0] : got == n ? b : java.util.Arrays.copyOf(b, got);
    }

    /** {@code os.write(fd, data)}: the count written. */
    public int write(int fd, byte[] data) {
        RawFile f = get(fd);
        byte[] copy = data.clone();
        return blocking(() -> {
            f.write(copy, 0, copy.length);
            return copy.length;
        });
    }

    /** {@code os.lseek(fd, pos, how)}: the new position. */
    public long lseek(int fd, long pos, int how) {
        try {
            if (how < 0 || how > 2) {
                throw new OsException(Errno.EINVAL);
            }
            return get(fd).seek(pos, how);
        } catch (IOException e) {
            throw error(e);
        }
    }

    /** {@code os.ftruncate(fd, length)}. */
    public void truncate(int fd, long length) {
        try {
            get(fd).truncate(length);
        } catch (IOException e) {
            throw error(e);
        }
    }

    /** {@code os.isatty(fd)}: false for a descriptor that is not open. */
    public boolean isatty(int fd) {
        return isOpen(fd) && get(fd).isatty();
    }

    /** The file of {@code fd} for {@code fstat}, or null for a stream; OSError EBADF if not open. */
    public java.nio.file.Path path(int fd) {
        return get(fd).path();
    }

    /** Turns an I/O failure on a descriptor into OSError (no file name: CPython reports none for descriptors). */
    static PythonException error(IOException e) {
        return OsErrors.fromJava(e, null);
    }

    /** An I/O call that may block. */
    @FunctionalInterface
    interface IoCall {
        int run() throws IOException;
    }

    /**
     * Runs {@code call} without the GIL (it must touch only Java objects: a {@link RawFile} and
     * byte arrays); its IOException becomes an OSError once the GIL is back.
     */
    static int blocking(IoCall call) {
        IOException[] failure = {null};
        int n = ThreadState.unlocked(() -> {
            try {
                return call.run();
            } catch (IOException e) {
                failure[0] = e;
                return 0;
            }
        });
        if (failure[0] != null) {
            throw error(failure[0]);
        }
        return n;
    }
}
