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
}
