package org.krait.compiler.parser;

import org.krait.compiler.source.SyntaxErrorException;
import org.krait.compiler.tokenizer.Token;
import org.krait.compiler.tokenizer.TokenSource;
import org.krait.compiler.tokenizer.Tokenizer;

/**
 * The tokens of one f-string replacement field, placed where CPython 3.11 places them. CPython
 * tokenizes the field's text wrapped as {@code "(" + expr + ")"} on its own, starting the
 * tokenizer's line count at {@code lineShift + 1}, and adds {@code startingColOffset} to both
 * columns of every token produced while the tokenizer is on that first line; tokens that end on a
 * later line keep their own columns. This reproduces the quirks exactly (a field after a newline in a
 * triple-quoted f-string is shifted by its column in the line, not by the literal's start column;
 * a multi-line token starting on the first line is not shifted at all).
 *
 * <p>{@code start} and {@code end} of the tokens index the parenthesized field text.
 */
public final class FStringTokenSource implements TokenSource {
    private final TokenSource inner;
    private final int lineShift;
    private final int startingColOffset;
    private final boolean undecodableBytesEscaped;

    /**
     * @param inner             a tokenizer over the parenthesized field text
     * @param lineShift         added to every line number (CPython's first line is {@code lineShift + 1})
     * @param startingColOffset added to the columns of tokens that end on the first line
     */
    public FStringTokenSource(TokenSource inner, int lineShift, int startingColOffset) {
        this(inner, lineShift, startingColOffset, false);
    }

    /**
     * As {@link #FStringTokenSource(TokenSource, int, int)}, for a field of an f-string in a source
     * that came from bytes ({@code undecodableBytesEscaped}, see {@link #undecodableBytesEscaped()}).
     */
    public FStringTokenSource(TokenSource inner, int lineShift, int startingColOffset, boolean undecodableBytesEscaped) {
        this.inner = inner;
        this.lineShift = lineShift;
        this.startingColOffset = startingColOffset;
        this.undecodableBytesEscaped = undecodableBytesEscaped;
    }

    /**
     * The next token, shifted. A tokenizer error keeps its own columns and gains the line shift;
     * CPython shows the field's line without a newline there (and no "f-string: " prefix), except
     * for an undecodable identifier, which CPython's parser reports ({@link #undecodableNameError}).
     */
    @Override
    public Token next() throws SyntaxErrorException {
        Token t;
        try {
            t = inner.next();
        } catch (SyntaxErrorException e) {
            if (inner instanceof Tokenizer tok && tok.stoppedAtUndecodableName()) {
                throw undecodableNameError(e);
            }
            String text = e.text != null && e.text.endsWith("\n") ? e.text.substring(0, e.text.length() - 1) : e.text;
            throw new SyntaxErrorException(e.kind, e.msg, e.lineno + lineShift, e.offset,
                    e.end_lineno + lineShift, e.end_offset, text);
        }
        int shift = t.end_lineno == 1 ? startingColOffset : 0;
        return new Token(t.kind, t.text, t.start, t.end,
                t.lineno + lineShift, t.col_offset + shift,
                t.end_lineno + lineShift, t.end_col_offset + shift);
    }

    /**
     * An identifier that is not UTF-8, reported as CPython's field parser reports the ERRORTOKEN it
     * gets for it: with the "f-string: " prefix and both columns less {@code startingColOffset}. That
     * token has no columns; on the field's first line it still gets {@code startingColOffset} added
     * to them (-1), so the error lands at offsets 0 and 0; on a later line the parser takes the
     * tokenizer's cursor column and an end of -1. The text keeps its newline (the field's line buffer).
     */
    private SyntaxErrorException undecodableNameError(SyntaxErrorException e) {
        boolean firstLine = e.lineno == 1;
        int offset = firstLine ? 0 : e.offset - startingColOffset;
        int endOffset = firstLine ? 0 : -1 - startingColOffset;
        return new SyntaxErrorException(e.kind, "f-string: " + e.msg, e.lineno + lineShift, offset,
                e.end_lineno + lineShift, endOffset, e.text);
    }

    /** The line of the parenthesized field text that stands at (shifted) line {@code lineno}. */
    @Override
    public String lineText(int lineno) {
        return inner.lineText(lineno - lineShift);
    }

    /** The (shifted) line number of the field text's first line: CPython's {@code p->starting_lineno}. */
    public int startingLineno() {
        return lineShift + 1;
    }

    /**
     * The byte offset added to first-line columns: CPython's {@code p->starting_col_offset}, which
     * its error reporting subtracts from both error columns before building the SyntaxError.
     */
    public int startingColOffset() {
        return startingColOffset;
    }

    /**
     * Whether the enclosing source came from bytes, so that U+DC80..U+DCFF in the field's string
     * literals stand for undecodable bytes: the parser passes it on to
     * {@link StringAtom#build(java.util.List, StringErrorReporter, boolean)}.
     */
    public boolean undecodableBytesEscaped() {
        return undecodableBytesEscaped;
    }
}
