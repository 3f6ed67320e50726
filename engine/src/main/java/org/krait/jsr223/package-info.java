/**
 * Krait as a JSR-223 scripting engine: {@link org.krait.jsr223.PythonScriptEngineFactory} (found by
 * {@code ScriptEngineManager} under {@code python}, {@code python3}, {@code krait}, {@code py} and
 * Python's MIME types) and {@link org.krait.jsr223.PythonScriptEngine} ({@code Compilable},
 * {@code Invocable}, {@code AutoCloseable}): evaluation with the last expression's value, bindings as
 * live {@code __main__} namespaces, per-thread context streams, compiled scripts shared by threads,
 * interfaces implemented by Python, and errors as {@code ScriptException}s.
 *
 * <p>Invariant: every entry into Python goes through {@code Interpreter.enter()/exit()} (by
 * {@code runtime.host.Gate}); nothing static refers to an engine, so a dropped engine is collected.
 *
 * <p>Boundary: the only package that uses {@code javax.script}; a leaf (nothing depends on it). It
 * uses the compiler and the runtime, with Python values crossing through {@code runtime.host}.
 */
package org.krait.jsr223;
