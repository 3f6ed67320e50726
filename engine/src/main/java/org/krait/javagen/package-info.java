/**
 * Java bytecode for Python classes that extend Java classes: {@link org.krait.javagen.PeerClassGenerator}
 * implements the runtime's {@link org.krait.runtime.java.PeerClassFactory} with ASM (a subclass
 * whose methods call the Python object through its {@link org.krait.runtime.java.PeerHandler}).
 *
 * <p>Depends on ASM and on the runtime's {@code org.krait.runtime.java} SPI only; registered with
 * {@link java.util.ServiceLoader}. Nothing else in the engine imports it.
 */
package org.krait.javagen;
