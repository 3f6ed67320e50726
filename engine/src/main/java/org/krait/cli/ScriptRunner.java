package org.krait.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.krait.compiler.Compiler;
import org.krait.compiler.codegen.UnsupportedFeatureException;
import org.krait.compiler.source.SourceTooComplexException;
import org.krait.compiler.source.SyntaxErrorException;
import org.krait.runtime.PythonRuntime;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.imports.SourceCompiler;
import org.krait.runtime.interpreter.TracebackPrinter;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.ObjectOps;

/** {@code krait FILE}: compiles FILE, runs it in a fresh interpreter, reports what escapes as python3 does. */
public final class ScriptRunner {

    private ScriptRunner() {
    }

    /** Runs the program in {@code file} with the JVM's standard input and returns the exit status. */
    public static int run(String file, PrintStream out, PrintStream err) {
        return run(file, System.in, out, err);
    }

    /** Runs the program in {@code file}, its {@code sys.stdin} reading {@code in}, and returns the exit status. */
    public static int run(String file, java.io.InputStream in, PrintStream out, PrintStream err) {
        Path path = Path.of(file);
        byte[] source;
        try {
            source = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            err.print("krait: can't open file '" + path.toAbsolutePath() + "': [Errno 2] No such file or directory\n");
            return Main.USAGE;
        } catch (IOException e) {
            err.print("krait: can't open file '" + path.toAbsolutePath() + "': " + e + "\n");
            return Main.USAGE;
        }
        PyCode code;
        try {
            // python3 names the main script by its absolute path (since 3.9): so do tracebacks.
            String name = path.toAbsolutePath().toString();
            java.util.Set<String> seen = new java.util.HashSet<>();
            String[] lines = new String(source, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
            code = Compiler.compileFile(source, name, (message, line) -> {
                // Formatted as the warnings module shows a SyntaxWarning, once per line and message.
                if (seen.add(line + message)) {
                    String text = line >= 1 && line <= lines.length ? lines[line - 1].strip() : "";
                    err.print(name + ":" + line + ": SyntaxWarning: " + message + "\n" + (text.isEmpty() ? "" : "  " + text + "\n"));
                }
            });
        } catch (SyntaxErrorException e) {
            err.writeBytes(SyntaxErrorReport.render(e, path.toAbsolutePath().toString()));
            return Main.PYTHON_ERROR;
        } catch (SourceTooComplexException e) {
            err.print(e.pythonType + "\n");
            return Main.PYTHON_ERROR;
        } catch (UnsupportedFeatureException e) {
            err.print("krait: " + e.getMessage() + "\n");
            return Main.INTERNAL_ERROR;
        }
        SourceCompiler.install(new Compiler());
        PythonRuntime runtime = new PythonRuntime(in, out, err);
        try {
            runtime.runMain(code, path);
            out.flush();
            return Main.OK;
        } catch (PythonException e) {
            out.flush();
            return report(e.exception(), err);
        } catch (UnsupportedFeatureException e) {
            out.flush();
            err.print("krait: " + e.getMessage() + "\n");
            return Main.INTERNAL_ERROR;
        } catch (RuntimeException | StackOverflowError e) {
            out.flush();
            err.print("krait: internal error while running " + file + ":\n");
            e.printStackTrace(err);
            return Main.INTERNAL_ERROR;
        }
    }

    /** {@code krait --dis FILE}: prints the disassembly of FILE's code. */
    static int disassemble(String file, PrintStream out, PrintStream err) {
        try {
            PyCode code = Compiler.compileFile(Files.readAllBytes(Path.of(file)), file);
            out.print(org.krait.runtime.bytecode.Disassembler.disassemble(code));
            return Main.OK;
        } catch (IOException e) {
            err.print("krait: can't open file '" + file + "': " + e + "\n");
            return Main.USAGE;
        } catch (SyntaxErrorException e) {
            err.writeBytes(SyntaxErrorReport.render(e, file));
            return Main.PYTHON_ERROR;
        }
    }

    /** Prints an uncaught exception (or honours SystemExit) and returns the exit status. */
    static int report(PyBaseException exc, PrintStream err) {
        if (exc.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
            PyObject code = exc.args().size() > 0 ? exc.args().getItem(0) : PyNoneType.NONE;
            if (code == PyNoneType.NONE) {
                return Main.OK;
            }
            if (code instanceof PyInt) {
                return (int) ((PyInt) code).asLong();
            }
            err.print(ObjectOps.str(code) + "\n");
            return Main.PYTHON_ERROR;
        }
        err.writeBytes(TracebackPrinter.format(exc).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        err.flush();
        return Main.PYTHON_ERROR;
    }
}
