/**
 * Types and special-method dispatch: {@link org.krait.runtime.types.PyType} with its slots
 * (one per {@link org.krait.runtime.types.Slot}, shaped by a {@link org.krait.runtime.types.Signature}),
 * the MRO, the slots of {@code object} and {@code type}, dispatchers for classes defined by
 * programs, and method descriptors.
 *
 * <p>Boundary: model layer (with objects, ops and bytecode); never imports the interpreter,
 * imports, builtins or modules. Read {@code PyType} first.
 */
package org.krait.runtime.types;
