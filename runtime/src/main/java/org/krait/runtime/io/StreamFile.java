package org.krait.runtime.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * One of the JVM's standard streams as a file descriptor: an input stream (fd 0) or an output
 * stream (fds 1 and 2). Not seekable; closing it leaves the Java stream open for the host.
 */
final class StreamFile implements RawFile {

    private final InputStream in;
    private final OutputStream out;
    private final boolean tty;

    private StreamFile(InputStream in, OutputStream out, boolean tty) {
        this.in = in;
        this.out = out;
        this.tty = tty;
    }

    static StreamFile input(InputStream in, boolean tty) {
        return new StreamFile(in, null, tty);
    }

    static StreamFile output(OutputStream out, boolean tty) {
        return new StreamFile(null, out, tty);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (in == null) {
            throw new OsException(Errno.EBADF);
        }
        return len == 0 ? 0 : in.read(b, off, len);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (out == null) {
            throw new OsException(Errno.EBADF);
        }
        out.write(b, off, len);
        // What a file descriptor is given is written: the host's stream must not hold it back.
        out.flush();
    }

    @Override
    public long seek(long offset, int whence) throws IOException {
        throw new OsException(Errno.ESPIPE);
    }

    @Override
    public long size() {
        return 0;
    }

    @Override
    public void truncate(long size) throws IOException {
        throw new OsException(Errno.EINVAL);
    }

    @Override
    public boolean seekable() {
        return false;
    }

    @Override
    public boolean readable() {
        return in != null;
    }

    @Override
    public boolean writable() {
        return out != null;
    }

    @Override
    public boolean isatty() {
        return tty;
    }

    @Override
    public Path path() {
        return null;
    }

    @Override
    public void close() {
        if (out != null) {
            try {
                out.flush();
            } catch (IOException e) {
                // Nothing more can be written to a stream whose flush fails; closing goes on.
            }
        }
    }
}
