/**
 * The {@code marshal} format: {@link org.krait.runtime.marshal.Marshal} turns values and code
 * objects into bytes and back, with CPython 3.11's type codes, {@code FLAG_REF} back-references
 * and versions 0 to 4 for the basic types (so {@code marshal.dumps(x)} gives CPython's bytes and
 * {@code loads} reads CPython's output); code objects carry Krait's own fields under type code
 * {@code 'c'}. {@link org.krait.runtime.marshal.MarshalModule} is the {@code marshal} module.
 * The {@code .pyc} files of imports are built on {@code Marshal.dumps}/{@code loads}.
 *
 * <p>Boundary: the format (Marshal, MarshalReader, MarshalWriter, CodeCheck) uses the model layer
 * (objects, bytecode) only; MarshalModule also takes the Interpreter a module is made for. Never
 * the import system or the engine. CPython: Python/marshal.c.
 */
package org.krait.runtime.marshal;
