/**
 * Java seen from Python: Java packages as modules ({@link org.krait.runtime.java.JavaImporter}
 * on {@code sys.meta_path}), Java classes as Python types shared by all interpreters
 * ({@link org.krait.runtime.java.JavaTypes}) with their methods, fields and bean properties
 * ({@link org.krait.runtime.java.JavaMembers}) and Python protocols
 * ({@link org.krait.runtime.java.JavaProtocols}), overloads chosen by Java's phases
 * ({@link org.krait.runtime.java.Overloads}, {@link org.krait.runtime.java.Conversion}), calls
 * that give up the GIL when they may block and turn Java exceptions into Python ones
 * ({@link org.krait.runtime.java.JavaCalls}), Java arrays ({@code jarray},
 * {@link org.krait.runtime.java.JarrayModule}), and Python classes implementing Java interfaces
 * or extending Java classes ({@link org.krait.runtime.java.Peers},
 * {@link org.krait.runtime.java.PeerHandler}); the subclass bytecode is the engine's, behind
 * {@link org.krait.runtime.java.PeerClassFactory}.
 *
 * <p>Layer: library. Uses the model layer, the interpreter's door for Java threads
 * ({@code Interpreter.enter}/{@code exit}, {@code ThreadState.unlocked}) and the import system's
 * specs; the JDK and nothing else (no ASM: generation is behind the SPI). Nothing below the
 * library imports it; {@code builtins} installs the importer and the {@code jarray} module.
 */
package org.krait.runtime.java;
