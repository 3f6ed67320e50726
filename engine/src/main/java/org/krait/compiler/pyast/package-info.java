/**
 * The {@code ast} module's trees as Python objects: {@link org.krait.compiler.pyast.AstBridge} is
 * the runtime's {@code AstProvider}; {@link org.krait.compiler.pyast.ToPython} turns the parser's
 * records into instances of the {@code ast} module's node classes, {@link org.krait.compiler.pyast.FromPython}
 * turns such instances (also ones a program built or changed) back into records for the compiler.
 * Both follow the records' components, which are CPython's fields then attributes, in order.
 *
 * <p>Boundary: uses the front end (ast, parser, symtable), codegen and the runtime's model layer;
 * nothing in the front end imports it.
 */
package org.krait.compiler.pyast;
