package org.krait.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.krait.compiler.codegen.UnsupportedFeatureException;
import org.krait.compiler.source.SourceTooComplexException;
import org.krait.runtime.PythonRuntime;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.ObjectOps;

/**
 * The interactive prompt, as python3's: {@code sys.ps1} ({@code >>> }) and {@code sys.ps2}
 * ({@code ... }) written to stderr, each statement compiled in 'single' mode (so an expression's
 * value goes through {@code sys.displayhook}) and run in {@code __main__}, errors printed with
 * their traceback, SIGINT while reading giving {@code KeyboardInterrupt}, end of input ending the
 * session with status 0 and {@code SystemExit} with its status.
 */
final class Repl {

    private static final String FILENAME = "<stdin>";

    private final PythonRuntime runtime;
    private final PyModule main;
    private final LineSource input;
    private final PrintStream out;
    private final PrintStream err;

    Repl(PythonRuntime runtime, PyModule main, LineSource input, PrintStream out, PrintStream err) {
        this.runtime = runtime;
        this.main = main;
        this.input = input;
        this.out = out;
        this.err = err;
    }

    /** Runs the session to its end; returns the exit status. */
    int run() {
        PyDict sys = ((PyModule) runtime.interpreter().importModule("sys")).dict();
        setDefault(sys, "ps1", ">>> ");
        setDefault(sys, "ps2", "... ");
        List<String> lines = new ArrayList<>();
        while (true) {
            out.flush();
            err.print(prompt(sys, lines.isEmpty() ? "ps1" : "ps2"));
            err.flush();
            String line;
            try {
                // Other Python threads run while the prompt waits.
                line = org.krait.runtime.interpreter.ThreadState.waitUnlocked(input::readLine);
            } catch (PythonException e) {
                e.exception().decref();
                err.print("\nKeyboardInterrupt\n");
                lines.clear();
                continue;
            }
            InteractiveCompiler.Outcome outcome;
            try {
                if (line == null) {
                    err.print("\n");
                    if (lines.isEmpty()) {
                        return Main.OK;
                    }
                    outcome = InteractiveCompiler.atEnd(lines, FILENAME);
                } else {
                    lines.add(line);
                    outcome = InteractiveCompiler.next(lines, FILENAME);
                }
            } catch (SourceTooComplexException e) {
                err.print(e.pythonType + "\n");
                lines.clear();
                continue;
            } catch (UnsupportedFeatureException e) {
                err.print("krait: " + e.getMessage() + "\n");
                lines.clear();
                continue;
            }
            if (outcome instanceof InteractiveCompiler.More) {
                continue;
            }
            lines.clear();
            if (outcome instanceof InteractiveCompiler.Failed failed) {
                err.writeBytes(SyntaxErrorReport.render(failed.error(), FILENAME));
            } else if (outcome instanceof InteractiveCompiler.Ready ready) {
                Integer status = execute(ready);
                if (status != null) {
                    return status;
                }
            }
            // A session reading from a pipe ends when the input does: the loop's next read says so.
        }
    }

    /** Runs one statement; a status when it ends the session ({@code SystemExit}), else null. */
    private Integer execute(InteractiveCompiler.Ready ready) {
        try {
            runtime.exec(ready.code(), main);
            return null;
        } catch (PythonException e) {
            PyBaseException exc = e.exception();
            out.flush();
            if (exc.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
                return ScriptRunner.exitStatus(exc, err);
            }
            rememberLast(exc);
            err.writeBytes(org.krait.runtime.interpreter.TracebackPrinter.format(exc).getBytes(StandardCharsets.UTF_8));
            return null;
        } catch (UnsupportedFeatureException e) {
            err.print("krait: " + e.getMessage() + "\n");
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            err.print("krait: internal error:\n");
            e.printStackTrace(err);
            return null;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** {@code sys.last_type}, {@code sys.last_value}, {@code sys.last_traceback}, as the prompt sets them. */
    private void rememberLast(PyBaseException exc) {
        PyDict sys = ((PyModule) runtime.interpreter().importModule("sys")).dict();
        sys.setItem("last_type", exc.type());
        sys.setItem("last_value", exc);
        sys.setItem("last_traceback", exc.traceback() == null ? PyNoneType.NONE : exc.traceback());
    }

    /** {@code str(sys.ps1)} (or ps2), read anew each time so a program may change it; "" if it is gone. */
    private static String prompt(PyDict sys, String name) {
        PyObject p = sys.getItem(name);
        if (p == null) {
            return "";
        }
        try {
            PyStr s = ObjectOps.str(p);
            String text = s.toString();
            s.decref();
            return text;
        } catch (PythonException e) {
            return "";
        }
    }

    private static void setDefault(PyDict sys, String name, String value) {
        if (sys.getItem(name) == null) {
            PyStr v = PyStr.of(value);
            sys.setItem(name, v);
            v.decref();
        }
    }
}
