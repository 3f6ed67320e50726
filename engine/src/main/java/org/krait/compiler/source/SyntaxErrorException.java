package org.krait.compiler.source;

/**
 * A Python {@code SyntaxError} (or {@code IndentationError}, {@code TabError}) found by the front
 * end, carrying exactly the fields CPython puts on the exception. The runtime turns it into the
 * Python exception; the front end itself knows nothing of Python objects.
 */
public final class SyntaxErrorException extends RuntimeException {

    /** The Python exception class to raise. */
    public enum Kind {
        SyntaxError, IndentationError, TabError
    }

    public final Kind kind;
    /** The message, e.g. {@code "'(' was never closed"}. */
    public final String msg;
    /** 1-based line, or 0 when CPython reports none (encoding errors). */
    public final int lineno;
    /** 1-based column in code points, as CPython's {@code SyntaxError.offset}; -1 when unknown. */
    public final int offset;
    public final int end_lineno;
    public final int end_offset;
    /** The source line (with its newline, as CPython gives it), or {@code null}. */
    public final String text;

    public SyntaxErrorException(Kind kind, String msg, int lineno, int offset,
                                int end_lineno, int end_offset, String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.lineno = lineno;
        this.offset = offset;
        this.end_lineno = end_lineno;
        this.end_offset = end_offset;
        this.text = text;
    }

    @Override
    public String getMessage() {
        return kind + ": " + msg + " (line " + lineno + ", offset " + offset + ")";
    }
}
