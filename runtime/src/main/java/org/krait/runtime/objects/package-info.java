/**
 * One class per builtin Python type ({@code PyInt}, {@code PyStr}, {@code PyList},
 * {@code PyDict}, {@code PyFunction}...), each with its static {@code TYPE}, and the helpers
 * that only those types use (formatting, method tables). Read {@link org.krait.runtime.objects.PyObject}
 * first: it states the reference-count conventions.
 *
 * <p>Boundary: model layer; never imports the interpreter, imports, builtins, modules or the JIT.
 */
package org.krait.runtime.objects;
