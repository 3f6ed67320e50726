/**
 * Memory mechanisms below the object model: the iterative release of dead objects
 * ({@link org.krait.runtime.memory.ReleaseQueue}); later the cycle collector and weak references.
 *
 * <p>Boundary: imports nothing else from the runtime; the object model implements its interfaces.
 */
package org.krait.runtime.memory;
