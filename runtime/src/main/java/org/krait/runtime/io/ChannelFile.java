package org.krait.runtime.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/** A file of the file system, open through a {@link FileChannel}. */
final class ChannelFile implements RawFile {

    private final FileChannel channel;
    private final Path path;
    private final boolean readable;
    private final boolean writable;
    /** O_APPEND: every write goes to the end (done here, as the JDK refuses APPEND with READ). */
    private final boolean append;

    ChannelFile(FileChannel channel, Path path, boolean readable, boolean writable, boolean append) {
        this.channel = channel;
        this.path = path;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = channel.read(ByteBuffer.wrap(b, off, len));
        return n;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(b, off, len);
        if (append) {
            channel.position(channel.size());
        }
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
    }

    @Override
    public long seek(long offset, int whence) throws IOException {
        if (whence > 2) {
            // SEEK_DATA and SEEK_HOLE: a file here has no holes, only data up to its end.
            if (offset < 0 || offset >= channel.size()) {
                throw new OsException(6);
            }
            long pos = whence == 3 ? offset : channel.size();
            channel.position(pos);
            return pos;
        }
        long base = whence == 0 ? 0 : whence == 1 ? channel.position() : channel.size();
        long pos = base + offset;
        if (pos < 0) {
            throw new OsException(Errno.EINVAL);
        }
        channel.position(pos);
        return pos;
    }

    @Override
    public long size() throws IOException {
        return channel.size();
    }

    @Override
    public void truncate(long size) throws IOException {
        long old = channel.size();
        if (size < old) {
            long pos = channel.position();
            channel.truncate(size);
            // FileChannel.truncate moves a position beyond the new end back to it; POSIX ftruncate leaves it.
            channel.position(pos);
        } else if (size > old) {
            // ftruncate extends with zero bytes.
            channel.write(ByteBuffer.allocate(1), size - 1);
        }
    }

    @Override
    public boolean seekable() {
        return true;
    }

    @Override
    public boolean readable() {
        return readable;
    }

    @Override
    public boolean writable() {
        return writable;
    }

    @Override
    public boolean isatty() {
        return false;
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
