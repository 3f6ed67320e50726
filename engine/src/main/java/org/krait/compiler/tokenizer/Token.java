package org.krait.compiler.tokenizer;

/**
 * One token. Lines are 1-based; columns are 0-based UTF-8 byte offsets within the line, as in
 * CPython's AST positions; {@code start} and {@code end} index the tokenizer's source text
 * ({@link Tokenizer#source()}: the decoded text with newlines normalised to {@code \n}), end
 * exclusive.
 *
 * <p>As in CPython's parser, INDENT, DEDENT, ENDMARKER and the ERRORTOKEN at end of input have no
 * columns ({@code col_offset == end_col_offset == -1}); {@link #cursor_col} then gives the column
 * CPython falls back to when such a token is the error location. A STRING token spanning lines has
 * {@code lineno} of its first line, {@code col_offset} within that line and {@code end_col_offset}
 * within its last line.
 */
public final class Token {
    public final TokenKind kind;
    /**
     * The token's source text; empty for NEWLINE, INDENT, DEDENT, ENDMARKER and the ERRORTOKEN at
     * end of input (CPython's token strings are empty there too).
     */
    public final String text;
    public final int start;
    public final int end;
    public final int lineno;
    public final int col_offset;
    public final int end_lineno;
    public final int end_col_offset;
    /**
     * UTF-8 byte offset of the tokenizer's cursor from the start of its current line right after
     * this token was read (CPython's {@code tok->cur - tok->line_start}); the parser uses it as the
     * error column for tokens whose {@code col_offset} is -1.
     */
    public final int cursor_col;

    public Token(TokenKind kind, String text, int start, int end,
                 int lineno, int col_offset, int end_lineno, int end_col_offset) {
        this(kind, text, start, end, lineno, col_offset, end_lineno, end_col_offset, end_col_offset);
    }

    public Token(TokenKind kind, String text, int start, int end,
                 int lineno, int col_offset, int end_lineno, int end_col_offset, int cursor_col) {
        this.kind = kind;
        this.text = text;
        this.start = start;
        this.end = end;
        this.lineno = lineno;
        this.col_offset = col_offset;
        this.end_lineno = end_lineno;
        this.end_col_offset = end_col_offset;
        this.cursor_col = cursor_col;
    }

    @Override
    public String toString() {
        return kind + " " + lineno + "," + col_offset + "-" + end_lineno + "," + end_col_offset + " '" + text + "'";
    }
}
