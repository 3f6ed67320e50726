package org.krait.compiler.ast;

/**
 * A node with a source position. Lines are 1-based; columns are 0-based offsets in UTF-8 bytes
 * from the start of the line, as CPython reports them; the end is exclusive.
 */
public interface Located {
    int lineno();

    int col_offset();

    int end_lineno();

    int end_col_offset();
}
