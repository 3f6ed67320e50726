package org.krait.compiler.parser;

import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.tokenizer.TokenSource;

/** Placeholder fixing the parser's public shape; the real parser replaces this file. */
public final class Parser {

    /** The start rule, as the {@code mode} argument of {@code compile()}. */
    public enum Mode {
        EXEC, EVAL, SINGLE, FUNC_TYPE
    }

    public Parser(TokenSource tokens, Mode mode) {
        throw new UnsupportedOperationException("parser not written yet");
    }

    /** Parses a whole decoded source in {@code mode}. */
    public static Mod parse(String source, Mode mode) {
        throw new UnsupportedOperationException("parser not written yet");
    }

    /** Parses a file's bytes (PEP 263 encoding declaration, BOM) in exec mode. */
    public static Mod parseFile(byte[] bytes) {
        throw new UnsupportedOperationException("parser not written yet");
    }

    /**
     * CPython's {@code fstring} start rule ({@code star_expressions}): the expression of an
     * f-string replacement field. Error messages get CPython's {@code "f-string: "} prefix.
     */
    public Expr parseFStringInput() {
        throw new UnsupportedOperationException("parser not written yet");
    }
}
