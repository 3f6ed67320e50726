package org.krait.compiler.tokenizer;

/**
 * One token. Lines are 1-based; columns are 0-based UTF-8 byte offsets within the line, as in
 * CPython's AST positions; {@code start} and {@code end} index the decoded source text (UTF-16
 * chars), end exclusive.
 */
public final class Token {
    public final TokenKind kind;
    /** The token's source text; empty for NEWLINE at end of file, INDENT, DEDENT and ENDMARKER. */
    public final String text;
    public final int start;
    public final int end;
    public final int lineno;
    public final int col_offset;
    public final int end_lineno;
    public final int end_col_offset;

    public Token(TokenKind kind, String text, int start, int end,
                 int lineno, int col_offset, int end_lineno, int end_col_offset) {
        this.kind = kind;
        this.text = text;
        this.start = start;
        this.end = end;
        this.lineno = lineno;
        this.col_offset = col_offset;
        this.end_lineno = end_lineno;
        this.end_col_offset = end_col_offset;
    }

    @Override
    public String toString() {
        return kind + " " + lineno + "," + col_offset + "-" + end_lineno + "," + end_col_offset + " '" + text + "'";
    }
}
