/**
 * Imports: for now only {@link org.krait.runtime.imports.SourceCompiler}, the interface through
 * which the runtime reaches the compiler that the engine module provides.
 *
 * <p>Boundary: machinery layer; may use the model layer, never the builtins, modules or the engine.
 */
package org.krait.runtime.imports;
