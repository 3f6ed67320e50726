package org.krait.compiler.tokenizer;

import org.krait.compiler.source.SyntaxErrorException;

/**
 * Where the parser gets its tokens: the {@link Tokenizer} over a whole source, or a view of one
 * that shifts positions (the expression of an f-string replacement field is tokenized on its own
 * and then placed where it stands in the enclosing file).
 */
public interface TokenSource {
    /** The next token; after ENDMARKER, ENDMARKER again. */
    Token next() throws SyntaxErrorException;

    /** The text of source line {@code lineno} (1-based) with its newline, as {@code SyntaxError.text} shows it. */
    String lineText(int lineno);

    /** How many brackets are open after the last token read. */
    default int bracketDepth() {
        return 0;
    }

    /** The opening bracket token at depth {@code i} (0 = outermost), {@code 0 <= i < bracketDepth()}. */
    default Token openBracket(int i) {
        throw new IndexOutOfBoundsException("no open bracket " + i);
    }
}
