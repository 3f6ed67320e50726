package org.krait.compiler.parser;

import org.krait.compiler.source.SyntaxErrorException;
import org.krait.compiler.tokenizer.Token;

/**
 * How {@link StringAtom} raises a SyntaxError: through the parser that called it, which knows
 * where CPython places the error and whether it parses an f-string field (message prefix
 * {@code "f-string: "}).
 */
@FunctionalInterface
public interface StringErrorReporter {
    /**
     * The exception for {@code msg}: at {@code at} (CPython's {@code RAISE_SYNTAX_ERROR_KNOWN_LOCATION})
     * or, when {@code at} is null, at the last token the parser has fetched, normally the one after
     * the string atom (CPython's {@code RAISE_SYNTAX_ERROR}).
     */
    SyntaxErrorException error(Token at, String msg);
}
