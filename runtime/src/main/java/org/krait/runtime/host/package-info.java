/**
 * Python values seen from Java: {@link org.krait.runtime.host.HostValues} converts between the two
 * worlds (numbers, strings, bytes, None and booleans by value; lists, tuples, dicts and sets as
 * live {@code java.util} views; anything else as a {@link org.krait.runtime.host.PyHandle}),
 * {@link org.krait.runtime.host.InterfaceProxies} makes a Python object or callable implement a Java
 * interface, and {@link org.krait.runtime.host.PythonError} carries a Python exception through Java.
 *
 * <p>Invariant: every operation a Java thread performs on a view, a handle or a proxy enters the
 * owning interpreter ({@code Interpreter.enter()/exit()}, in {@code Gate}) for its whole duration;
 * each of them owns one reference to its Python object, given back under the interpreter's lock
 * after the Java object has been collected ({@code HostRef}).
 *
 * <p>Boundary: library layer over the model ({@code objects}, {@code types}, {@code ops}) and
 * {@code interpreter}; never {@code javax.script} (that is {@code org.krait.jsr223}'s) nor the
 * engine. Java objects seen from Python are {@code org.krait.runtime.java}'s, reached only through
 * {@link org.krait.runtime.host.HostValues#foreign}.
 */
package org.krait.runtime.host;
