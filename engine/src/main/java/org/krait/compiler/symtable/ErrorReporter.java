package org.krait.compiler.symtable;

import org.krait.compiler.ast.Located;
import org.krait.compiler.source.SyntaxErrorException;

/**
 * Builds the symbol table's SyntaxErrors as CPython's {@code PyErr_RangedSyntaxLocationObject}
 * does: the node's start and end, with 1 added to the byte columns (CPython does not convert them
 * to characters here), and the source line as text when the source is known.
 */
final class ErrorReporter {

    private final String[] lines;

    /** {@code source} may be {@code null}: errors then carry no text, as CPython's for {@code '<string>'}. */
    ErrorReporter(String source) {
        this.lines = source == null ? null : source.split("\r\n|\r|\n", -1);
    }

    SyntaxErrorException at(Located where, String msg) {
        return at(msg, where.lineno(), where.col_offset(), where.end_lineno(), where.end_col_offset());
    }

    /**
     * An error with a start only ({@code PyErr_SyntaxLocationObject}): CPython's end offset is
     * then None (-1); {@code offset} is given as CPython computes it.
     */
    SyntaxErrorException atStart(Located where, int offset, String msg) {
        SyntaxErrorException e = at(msg, where.lineno(), offset - 1, where.lineno(), 0);
        return new SyntaxErrorException(e.kind, e.msg, e.lineno, e.offset, e.end_lineno, -1, e.text);
    }

    SyntaxErrorException at(String msg, int lineno, int col, int endLineno, int endCol) {
        String text = null;
        if (lines != null && lineno >= 1 && lineno <= lines.length) {
            text = lines[lineno - 1] + "\n";
        }
        return new SyntaxErrorException(SyntaxErrorException.Kind.SyntaxError, msg, lineno, col + 1,
                endLineno, endCol + 1, text);
    }
}
