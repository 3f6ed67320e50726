/**
 * Builtin modules written in Java that give the operating system to Python, under CPython's names
 * so that the bundled Python modules ({@code os}, {@code posixpath}, {@code tempfile}) build on
 * them as CPython's do: {@link org.krait.runtime.modules.PosixModule} ({@code posix}) and
 * {@link org.krait.runtime.modules.ErrnoModule} ({@code errno}); and the clocks and calendar of
 * {@link org.krait.runtime.modules.TimeModule} ({@code time}); threads:
 * {@link org.krait.runtime.modules.ThreadModule} ({@code _thread}, its locks and thread-local
 * objects) and {@link org.krait.runtime.modules.AtexitModule} ({@code atexit}).
 *
 * <p>Layer: library. Uses the model layer, the interpreter and {@code io} (file descriptors and
 * the mapping of I/O failures to OSError); nothing below the library imports it.
 */
package org.krait.runtime.modules;
