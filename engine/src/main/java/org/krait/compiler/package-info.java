/**
 * The front end and code generator as one service: {@link org.krait.compiler.Compiler} turns
 * source bytes into a code object (tokenizer, parser, AST, symbol table, code generator, in the
 * subpackages) and is the engine's implementation of the runtime's {@code SourceCompiler}.
 *
 * <p>Boundary: depends on its subpackages and on the runtime's code object and exceptions; never
 * on {@code org.krait.cli}.
 */
package org.krait.compiler;
