/**
 * Code objects and the instruction set: {@link org.krait.runtime.bytecode.Opcode} (the single
 * source of truth for names, stack effects and operand kinds), {@link org.krait.runtime.bytecode.PyCode},
 * the exception and line tables, the {@link org.krait.runtime.bytecode.CodeBody} seam through
 * which a function reaches the interpreter or the JIT, and the {@link org.krait.runtime.bytecode.Disassembler}.
 *
 * <p>Boundary: model layer; never imports the interpreter, imports, builtins, modules or the JIT.
 * Read {@code Opcode} first, with docs/bytecode.md.
 */
package org.krait.runtime.bytecode;
