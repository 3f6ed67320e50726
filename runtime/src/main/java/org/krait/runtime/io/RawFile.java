package org.krait.runtime.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What a file descriptor stands for: an open file of the file system or one of the JVM's standard
 * streams. The operations of {@code os.read}, {@code os.write}, {@code os.lseek}... on it; a
 * {@link PyFileIO} reads and writes through one. Not a Python type.
 */
interface RawFile {

    /** Reads up to {@code len} bytes; -1 at end of file. Blocks until some are there. */
    int read(byte[] b, int off, int len) throws IOException;

    /** Writes all {@code len} bytes. */
    void write(byte[] b, int off, int len) throws IOException;

    /** Moves to {@code offset} relative to the start (0), the position (1) or the end (2); returns the new position. */
    long seek(long offset, int whence) throws IOException;

    long size() throws IOException;

    void truncate(long size) throws IOException;

    boolean seekable();

    boolean readable();

    boolean writable();

    boolean isatty();

    /** The file's path, for {@code fstat}; null for a stream. */
    Path path();

    void close() throws IOException;
}
