/**
 * The code generator: AST plus symbol table to {@link org.krait.runtime.bytecode.PyCode}, as
 * CPython 3.11's Python/compile.c and assemble. Read {@link org.krait.compiler.codegen.CodeGenerator}
 * first, then {@code ExpressionCompiler} and {@code Assembler}; {@link org.krait.compiler.codegen.Compiler}
 * is the façade the runtime reaches through its {@code SourceCompiler} interface.
 *
 * <p>Boundary: imports the front end ({@code ast}, {@code symtable}, {@code parser}, {@code source})
 * and from the runtime only {@code bytecode}, the constant types of {@code objects}, and
 * {@code ops.NumberOps} for folding; never the interpreter.
 */
package org.krait.compiler.codegen;
