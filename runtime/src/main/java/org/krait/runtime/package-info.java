/**
 * The Python virtual machine: objects, types, the interpreter, memory (reference counts and the
 * cycle collector), threads and the GIL, imports and the builtin modules.
 *
 * <p>Boundary: depends on the JDK and the SLF4J API only, and never on the engine module (the
 * compiler, the JIT, JSR-223 or the command line). Where it needs the compiler it will call an
 * interface that the engine registers. Only this package exists so far: the front end comes
 * first (see {@code docs/ARCHITECTURE.md}).
 */
package org.krait.runtime;
