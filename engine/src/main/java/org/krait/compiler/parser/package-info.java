/**
 * The parser: CPython 3.11's PEG grammar ({@code Grammar/python.gram}) as a hand-written
 * recursive-descent parser with backtracking, one method per grammar rule, building the records of
 * {@link org.krait.compiler.ast} exactly as CPython's {@code ast.parse} does and raising CPython's
 * syntax errors (a second pass enables the {@code invalid_*} rules to find the specific message).
 *
 * <p>The rules are layered by concept: {@code ParserBase} (token buffer, memo, errors) &lt;
 * {@code ExpressionRules} &lt; {@code TargetRules} &lt; {@code ParameterRules} &lt;
 * {@code StatementRules} &lt; {@code PatternRules} &lt; {@code ErrorRules} &lt; {@link
 * org.krait.compiler.parser.Parser}. String literals and f-strings are built by
 * {@link org.krait.compiler.parser.StringAtom}.
 *
 * <p>Boundary: depends on {@code compiler.tokenizer}, {@code compiler.source} and
 * {@code compiler.ast} only; nothing from the runtime.
 */
package org.krait.compiler.parser;
