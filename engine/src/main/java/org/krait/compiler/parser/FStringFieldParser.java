package org.krait.compiler.parser;

import org.krait.compiler.ast.Expr;
import org.krait.compiler.source.SyntaxErrorException;

/** Parses the expression of one f-string replacement field (the seam lets tests stub the parser out). */
@FunctionalInterface
interface FStringFieldParser {
    /**
     * The expression in {@code parenthesized} ({@code "(" + field text + ")"}), with every position
     * placed as {@link FStringTokenSource} describes.
     */
    Expr parse(String parenthesized, int lineShift, int startingColOffset) throws SyntaxErrorException;
}
