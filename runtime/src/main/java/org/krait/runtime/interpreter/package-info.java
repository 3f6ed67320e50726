/**
 * The bytecode interpreter: {@link org.krait.runtime.interpreter.Interpreter} (one Python
 * world), {@link org.krait.runtime.interpreter.ThreadState}, {@link org.krait.runtime.interpreter.PyFrame}
 * and the dispatch loop {@code EvalLoop} with its instruction bodies, argument binding,
 * generators, and the traceback printer; the GIL ({@link org.krait.runtime.interpreter.Gil}) and
 * the door Java threads come in by ({@code Interpreter.enter/exit}). Read {@code EvalLoop} with
 * docs/bytecode.md.
 *
 * <p>Boundary: machinery layer; uses the model layer ({@code objects}, {@code types}, {@code ops},
 * {@code bytecode}) and {@code imports}; never {@code builtins}, {@code modules} or the engine.
 */
package org.krait.runtime.interpreter;
