/**
 * The library layer: the {@code builtins} module ({@link org.krait.runtime.builtins.BuiltinsModule}
 * fills an interpreter's builtins) and the first builtin modules ({@code sys}, {@code math}).
 *
 * <p>Boundary: may use every lower layer (model, interpreter, imports); nothing below imports it.
 */
package org.krait.runtime.builtins;
