package org.krait.compiler.source;

/**
 * The front end gave up on a source because it nests too deeply for CPython's own limits (the
 * parser's stack of 6000 rule levels): CPython raises the Python exception named by
 * {@link #pythonType} ({@code MemoryError}, {@code RecursionError}) for the same input.
 */
public final class SourceTooComplexException extends RuntimeException {

    /** The Python exception class CPython raises, e.g. {@code "MemoryError"}. */
    public final String pythonType;

    public SourceTooComplexException(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }
}
