/**
 * The symbol table pass of the compiler, as CPython 3.11's {@code Python/symtable.c}: one
 * {@link org.krait.compiler.symtable.Scope} per module, class, function, lambda and comprehension,
 * each symbol with CPython's {@code DEF_*} flags and its resolved
 * {@link org.krait.compiler.symtable.SymbolScope}, and the SyntaxErrors the symbol table raises.
 *
 * <p>Input is the AST of {@code org.krait.compiler.ast}; errors are
 * {@link org.krait.compiler.source.SyntaxErrorException}s. Boundary: depends only on the
 * {@code compiler.ast} and {@code compiler.source} packages, never on the runtime, the tokenizer or
 * the parser.
 */
package org.krait.compiler.symtable;
