/**
 * What Python sees of memory: the iterative release of dead objects
 * ({@link org.krait.runtime.memory.ReleaseQueue}), PEP 442 finalization, weak references, the
 * cycle collector over {@link org.krait.runtime.memory.GcObject} containers and its {@code gc}
 * module, and the checking mode that verifies counts at collection time.
 *
 * <p>Boundary: part of the model layer: depends on the object model, the types and the abstract
 * layer ({@code ops}), never on the interpreter or the library (the {@code gc} and
 * {@code _weakref} modules and the default {@code sys.unraisablehook} live in
 * {@code runtime.modules}). The object model depends on it through {@code GcObject},
 * {@code ReleaseQueue} and the tracking calls.
 */
package org.krait.runtime.memory;
