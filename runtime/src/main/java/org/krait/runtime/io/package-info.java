/**
 * Files and streams: the {@code _io} and {@code io} modules (CPython: Modules/_io). Read
 * {@link org.krait.runtime.io.PyIOBase} first, then the layers a file opened by {@code open()} is
 * made of: {@link org.krait.runtime.io.PyFileIO} (raw bytes over a file descriptor of the
 * interpreter's {@link org.krait.runtime.io.FdTable}), the Buffered* types
 * ({@link org.krait.runtime.io.BufferedStream}) and {@link org.krait.runtime.io.PyTextIOWrapper}
 * (text, encodings, newline modes). {@link org.krait.runtime.io.StdStreams} makes
 * {@code sys.stdin}/{@code stdout}/{@code stderr} over the interpreter's Java streams;
 * {@link org.krait.runtime.io.OsErrors} turns the JDK's I/O failures into OSError subclasses with
 * errno, for this package and the {@code posix} module.
 *
 * <p>Layer: library (with {@code builtins} and {@code modules}). Uses the model layer and the
 * interpreter (for the running interpreter's state); nothing below the library imports it.
 */
package org.krait.runtime.io;
