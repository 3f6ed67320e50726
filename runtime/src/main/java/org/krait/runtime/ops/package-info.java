/**
 * The abstract object protocols, mirroring CPython's C API: {@link org.krait.runtime.ops.ObjectOps}
 * ({@code PyObject_*}), {@link org.krait.runtime.ops.NumberOps} ({@code PyNumber_*}),
 * {@link org.krait.runtime.ops.SequenceOps}, {@link org.krait.runtime.ops.IterOps} and
 * {@link org.krait.runtime.ops.CallOps}. The interpreter reaches types only through these.
 *
 * <p>Boundary: model layer; never imports the interpreter, imports, builtins or modules.
 */
package org.krait.runtime.ops;
