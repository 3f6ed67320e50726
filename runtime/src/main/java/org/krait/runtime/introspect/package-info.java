/**
 * Builtin modules that let Python look at its own code: {@code opcode} (Krait's instruction set
 * from {@link org.krait.runtime.bytecode.Opcode}) and {@code _dis} (the instructions and listings
 * of {@link org.krait.runtime.bytecode.Disassembler}), on which the bundled {@code dis} module
 * builds.
 *
 * <p>Layer: library. Uses the model layer ({@code bytecode}, objects); nothing below the library
 * imports it.
 */
package org.krait.runtime.introspect;
