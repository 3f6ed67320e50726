/**
 * The {@code krait} command, which behaves as the {@code python3} command: {@link org.krait.cli.Main}
 * (read it first), {@link org.krait.cli.CommandLine} (options, read by CPython 3.11's rules),
 * {@link org.krait.cli.Settings} (options plus {@code PYTHON*} variables: {@code sys.flags} and
 * friends), {@link org.krait.cli.Session} (a file, {@code -c}, {@code -m} or stdin, then the
 * prompt), {@link org.krait.cli.Repl} with {@link org.krait.cli.InteractiveCompiler} (the
 * interactive prompt), {@link org.krait.cli.ScriptRunner} (compiling, and reporting what escapes a
 * program), {@link org.krait.cli.SigintHandler} (Ctrl-C as KeyboardInterrupt), and Krait's own
 * {@code --dump-ast} and {@code --dis}.
 *
 * <p>Boundary: uses the front end and code generator ({@code compiler.*}) and the runtime; the
 * only user of {@code sun.misc.Signal}. A leaf: nothing in the engine or runtime depends on it.
 */
package org.krait.cli;
