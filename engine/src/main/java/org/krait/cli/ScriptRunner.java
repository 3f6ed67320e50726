package org.krait.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjIntConsumer;
import org.krait.compiler.Compiler;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.codegen.CodeGenerator;
import org.krait.compiler.codegen.UnsupportedFeatureException;
import org.krait.compiler.parser.Parser;
import org.krait.compiler.source.SourceTooComplexException;
import org.krait.compiler.source.SyntaxErrorException;
import org.krait.compiler.symtable.SymbolTable;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.interpreter.TracebackPrinter;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.ObjectOps;

/**
 * Compiling a program and reporting what escapes it as python3 does: syntax errors and warnings,
 * tracebacks, {@code SystemExit}'s status and message, KeyboardInterrupt. Also {@code krait FILE}
 * run in this JVM, for tests ({@link #run(String, Path, PrintStream, PrintStream)}).
 */
public final class ScriptRunner {

    /** A program that did not compile; its report is printed, {@link #status} is the exit status. */
    static final class NotCompiled extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        NotCompiled(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    private ScriptRunner() {
    }

    /** {@code krait FILE} from the current directory, in this JVM, with empty stdin. */
    public static int run(String file, PrintStream out, PrintStream err) {
        return run(file, Path.of("").toAbsolutePath(), out, err);
    }

    /**
     * {@code krait FILE} as if started in directory {@code dir} (FILE relative to it), in this
     * JVM, with empty stdin and this process's environment with the {@code PYTHON*} variables the
     * corpus was recorded with (see src-it/cases/README.md); returns the exit status.
     */
    public static int run(String file, Path dir, PrintStream out, PrintStream err) {
        return run(file, dir, InputStream.nullInputStream(), out, err);
    }

    /** {@code krait FILE} from the current directory, in this JVM, its {@code sys.stdin} reading {@code in}. */
    public static int run(String file, InputStream in, PrintStream out, PrintStream err) {
        return run(file, Path.of("").toAbsolutePath(), in, out, err);
    }

    private static int run(String file, Path dir, InputStream in, PrintStream out, PrintStream err) {
        Map<String, String> env = new HashMap<>();
        System.getenv().forEach((name, value) -> {
            if (!name.startsWith("PYTHON")) {
                env.put(name, value);
            }
        });
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONIOENCODING", "utf-8");
        return Main.run(new String[] {file}, in, out, err, env, dir.toAbsolutePath());
    }

    /**
     * Compiles a program's source in 'exec' mode. SyntaxWarnings are printed as the warnings
     * module shows them (with the source line when {@code filename} is a real file).
     *
     * @throws NotCompiled after printing the syntax error (status 1) or what Krait cannot compile yet (status 3)
     */
    static PyCode compile(byte[] source, String filename, boolean realFile, PrintStream err) throws NotCompiled {
        try {
            Set<String> seen = new HashSet<>();
            String[] lines = new String(source, StandardCharsets.UTF_8).split("\n", -1);
            ObjIntConsumer<String> warnings = (message, line) -> {
                // As the warnings module shows a SyntaxWarning: once per line and message.
                if (seen.add(line + message)) {
                    String text = realFile && line >= 1 && line <= lines.length ? lines[line - 1].strip() : "";
                    err.print(filename + ":" + line + ": SyntaxWarning: " + message + "\n" + (text.isEmpty() ? "" : "  " + text + "\n"));
                }
            };
            if (realFile) {
                return Compiler.compileFile(source, filename, warnings);
            }
            // python3 takes a symbol-table error's source line from the file: without one, none is shown.
            Mod tree = Parser.parseFile(source);
            return CodeGenerator.compileModule((Mod.Module) tree, SymbolTable.build(tree, filename, null), filename, warnings);
        } catch (SyntaxErrorException e) {
            err.writeBytes(SyntaxErrorReport.render(e, filename));
            throw new NotCompiled(Main.PYTHON_ERROR);
        } catch (SourceTooComplexException e) {
            err.print(e.pythonType + "\n");
            throw new NotCompiled(Main.PYTHON_ERROR);
        } catch (UnsupportedFeatureException e) {
            err.print("krait: " + e.getMessage() + "\n");
            throw new NotCompiled(Main.INTERNAL_ERROR);
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

    /**
     * Reports an exception that ended the program and returns the exit status: SystemExit's
     * status (unless {@code inspect}: then, as under python3 -i, it is printed like any other),
     * {@link Main#KILLED_BY_SIGINT} after a KeyboardInterrupt's traceback, 1 after others.
     * {@code runnerFrames} are traceback lines of the Python code python3 runs the program from,
     * shown above the program's own frames ({@code runpy}'s, for {@code -m}); usually "".
     */
    static int report(PyBaseException exc, PrintStream err, boolean inspect, String runnerFrames) {
        if (exc.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT) && !inspect) {
            return exitStatus(exc, err);
        }
        String traceback = TracebackPrinter.format(exc);
        if (!runnerFrames.isEmpty()) {
            // The outermost exception's block comes last; it passed through the runner's frames.
            String header = "Traceback (most recent call last):\n";
            int at = traceback.lastIndexOf(header);
            if (at == 0 || at > 0 && traceback.charAt(at - 1) == '\n') {
                at += header.length();
                traceback = traceback.substring(0, at) + runnerFrames + traceback.substring(at);
            }
        }
        err.writeBytes(traceback.getBytes(StandardCharsets.UTF_8));
        err.flush();
        return exc.type().isSubtypeOf(ExceptionTypes.KEYBOARD_INTERRUPT) && !inspect ? Main.KILLED_BY_SIGINT : Main.PYTHON_ERROR;
    }

    /**
     * The status a SystemExit asks for, from its {@code code}: None is 0, an int is itself (cut
     * to a C int as python3 does; beyond a C long it is -1), anything else is printed to stderr
     * and gives 1.
     */
    static int exitStatus(PyBaseException exc, PrintStream err) {
        PyObject code;
        try {
            code = ObjectOps.getAttr(exc, "code");
        } catch (PythonException e) {
            code = PyObject.newRef(exc.args().size() > 0 ? exc.args().getItem(0) : PyNoneType.NONE);
        }
        try {
            if (code == PyNoneType.NONE) {
                return Main.OK;
            }
            if (code instanceof PyInt) {
                java.math.BigInteger v = ((PyInt) code).bigValue();
                return v.bitLength() < 64 ? (int) v.longValue() : -1;
            }
            PyStr text = ObjectOps.str(code);
            err.print(text + "\n");
            text.decref();
            return Main.PYTHON_ERROR;
        } finally {
            code.decref();
        }
    }
}
