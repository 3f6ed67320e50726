package org.krait.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.krait.compiler.Compiler;
import org.krait.compiler.codegen.UnsupportedFeatureException;
import org.krait.runtime.PythonRuntime;
import org.krait.runtime.imports.ModuleRunner;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.imports.SourceCompiler;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * One run of the {@code krait} command once its options are read: makes the interpreter, runs
 * what the command line names (a file, {@code -c}, {@code -m}, or the program on stdin), then the
 * interactive prompt when asked for, and returns the exit status. The order and the conditions
 * are python3's ({@code Modules/main.c}): the prompt follows the program under {@code -i} (or
 * PYTHONINSPECT) when stdin is a terminal or {@code -i} forces it; with nothing to run, a
 * terminal on stdin gets the banner and the prompt, and anything else is read as the program.
 */
final class Session {

    /** The standard streams of the command and whether stdin is a terminal. */
    record Io(InputStream in, PrintStream out, PrintStream err, boolean stdinIsTerminal) {
    }

    /**
     * The frames of CPython 3.11.7's {@code runpy} that a {@code -m} program's traceback shows
     * above its own: Krait runs the module directly, python3 through this code.
     */
    private static final String RUNPY_FRAMES = "  File \"<frozen runpy>\", line 198, in _run_module_as_main\n"
            + "  File \"<frozen runpy>\", line 88, in _run_code\n";

    private final CommandLine cl;
    private final Settings settings;
    private final Io io;
    private final Path cwd;
    private final String program;
    private final String executable;
    private PythonRuntime runtime;

    /**
     * @param cwd the directory the command runs in (absolute)
     * @param program the command's name as invoked, for its own error messages
     * @param executable {@code sys.executable}, which python3's module runner names in its errors
     */
    Session(CommandLine cl, Settings settings, Io io, Path cwd, String program, String executable) {
        this.cl = cl;
        this.settings = settings;
        this.io = io;
        this.cwd = cwd;
        this.program = program;
        this.executable = executable;
    }

    int run() {
        SourceCompiler.install(new Compiler());
        runtime = new PythonRuntime(io.in(), io.out(), io.err(), settings.config);
        // The command's thread holds the GIL while it runs Python, as python3's main thread; it
        // gives it to other threads at the eval breaker's checks and around blocking calls.
        org.krait.runtime.interpreter.ThreadState ts = runtime.interpreter().enter();
        try {
            int status = runProgram();
            // As python3 ends, whatever ended the program: non-daemon threads waited for, atexit.
            runtime.close();
            return status;
        } finally {
            runtime.interpreter().exit(ts);
            io.out().flush();
        }
    }

    private int runProgram() {
        runtime.configureImports(settings.pythonPath, cl.checkHashBasedPycs);
        boolean interactive = io.stdinIsTerminal() || settings.forceInteractive;
        int status;
        try {
            switch (cl.kind) {
                case COMMAND:
                    status = runCommand();
                    break;
                case MODULE:
                    status = runModule();
                    break;
                case FILE:
                    status = runFile();
                    break;
                default:
                    return runStdin(interactive);
            }
        } finally {
            io.out().flush();
        }
        if (settings.inspect && interactive) {
            PyModule main = runtime.interpreter().loadedModule("__main__");
            return prompt(main != null ? main : runtime.mainModule());
        }
        return status;
    }

    /** The directory imports search first ({@code sys.path[0]}): the program's; none under -P or -I. */
    private Path importDir(Path programDir) {
        return settings.config.flags().safePath() ? null : programDir;
    }

    private int runFile() {
        Path path = cwd.resolve(cl.target);
        if (Files.isDirectory(path)) {
            // python3 looks for __main__.py in a directory or zip file; Krait does not run those yet.
            io.err().print(executable + ": can't find '__main__' module in '" + path.normalize() + "'\n");
            return Main.PYTHON_ERROR;
        }
        byte[] source;
        try {
            source = Files.readAllBytes(path);
        } catch (IOException e) {
            io.err().print(program + ": can't open file '" + path + "': " + errno(e) + "\n");
            return Main.USAGE;
        }
        if (cl.skipFirstLine) {
            source = withoutFirstLine(source);
        }
        runtime.setMainArguments(cl.argv, importDir(path.getParent()));
        return runMainFile(source, path.toString(), true);
    }

    private int runCommand() {
        runtime.setMainArguments(cl.argv, settings.config.flags().safePath() ? null : "");
        PyCode code;
        try {
            code = ScriptRunner.compile(cl.target.getBytes(java.nio.charset.StandardCharsets.UTF_8), "<string>", false, io.err());
        } catch (ScriptRunner.NotCompiled e) {
            return e.status;
        }
        PyModule main = runtime.mainModule();
        return guard(() -> runtime.exec(code, main));
    }

    /**
     * {@code -m NAME}: the module found on {@code sys.path} (the current directory first), or a
     * package's {@code __main__}, run as {@code __main__} with {@code sys.argv[0]} its file, as
     * python3's runpy does.
     */
    private int runModule() {
        Path dir = importDir(cwd);
        runtime.setMainArguments(cl.argv, dir == null ? null : dir.toString());
        PyModule main = runtime.mainModule();
        return guard(() -> {
            try {
                ModuleRunner.runAsMain(runtime.interpreter(), cl.target, main, true);
            } catch (ModuleRunner.NotRunnable e) {
                io.out().flush();
                io.err().print(executable + ": " + e.getMessage() + "\n");
                throw new ModuleNotRun();
            } finally {
                runtime.flushStreams();
            }
        }, RUNPY_FRAMES);
    }

    /** A {@code -m} module that could not be run, already reported: status 1. */
    private static final class ModuleNotRun extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ModuleNotRun() {
            super(null, null, false, false);
        }
    }

    /** Nothing to run: the prompt when stdin is interactive, else stdin holds the program. */
    private int runStdin(boolean interactive) {
        runtime.setMainArguments(cl.argv, settings.config.flags().safePath() ? null : "");
        if (interactive) {
            if (!settings.quiet) {
                io.err().print(HelpText.banner(platform()));
            }
            PyModule main = runtime.mainModule();
            runStartupFile(main);
            return prompt(main);
        }
        byte[] source;
        try {
            source = io.in().readAllBytes();
        } catch (IOException e) {
            io.err().print(program + ": can't read stdin: " + e.getMessage() + "\n");
            return Main.PYTHON_ERROR;
        }
        return runMainFile(source, "<stdin>", false);
    }

    /** Compiles and runs a program as {@code __main__} with {@code __file__} = {@code filename}. */
    private int runMainFile(byte[] source, String filename, boolean realFile) {
        return runMainFile(source, filename, realFile, "");
    }

    private int runMainFile(byte[] source, String filename, boolean realFile, String runnerFrames) {
        PyCode code;
        try {
            code = ScriptRunner.compile(source, filename, realFile, io.err());
        } catch (ScriptRunner.NotCompiled e) {
            return e.status;
        }
        // The module stays in sys.modules; its reference there is the last one, as in CPython, so
        // that it dies when finalization takes it out.
        return guard(() -> runtime.runMainFile(code).decref(), runnerFrames);
    }

    /** Runs {@code body}, the program; reports what escapes it and returns the exit status. */
    private int guard(Runnable body) {
        return guard(body, "");
    }

    /** {@link #guard(Runnable)} for a program python3 would run from the frames {@code runnerFrames}. */
    private int guard(Runnable body, String runnerFrames) {
        PrintStream err = io.err();
        try {
            body.run();
            return Main.OK;
        } catch (PythonException e) {
            io.out().flush();
            PyBaseException exc = e.exception();
            if (!exc.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT) && runtime.callCustomExceptHook(exc)) {
                return exc.type().isSubtypeOf(ExceptionTypes.KEYBOARD_INTERRUPT) && !settings.inspect
                        ? Main.KILLED_BY_SIGINT : Main.PYTHON_ERROR;
            }
            return ScriptRunner.report(exc, err, settings.inspect, runnerFrames);
        } catch (ModuleNotRun e) {
            return Main.PYTHON_ERROR;
        } catch (UnsupportedFeatureException e) {
            io.out().flush();
            err.print("krait: " + e.getMessage() + "\n");
            return Main.INTERNAL_ERROR;
        } catch (RuntimeException | StackOverflowError e) {
            io.out().flush();
            err.print("krait: internal error:\n");
            e.printStackTrace(err);
            return Main.INTERNAL_ERROR;
        }
    }

    /** PYTHONSTARTUP: run in {@code __main__} before the first prompt; its errors are printed and the session goes on. */
    private void runStartupFile(PyModule main) {
        if (settings.startupFile == null) {
            return;
        }
        byte[] source;
        try {
            source = Files.readAllBytes(cwd.resolve(settings.startupFile));
        } catch (IOException e) {
            io.err().print("Could not open PYTHONSTARTUP\n" + (e instanceof NoSuchFileException ? "FileNotFoundError" : "OSError")
                    + ": " + errno(e) + ": '" + settings.startupFile + "'\n");
            return;
        }
        try {
            PyCode code = ScriptRunner.compile(source, settings.startupFile, true, io.err());
            guard(() -> runtime.exec(code, main));
        } catch (ScriptRunner.NotCompiled e) {
            // Reported; the prompt starts anyway.
        }
    }

    private int prompt(PyModule main) {
        io.out().flush();
        return new Repl(runtime, main, lineSource(), io.out(), io.err()).run();
    }

    /** Where the prompt reads lines; the one place to change when {@code sys.stdin} becomes a real stream. */
    private LineSource lineSource() {
        return new StdinLines(io.in());
    }

    private String platform() {
        PyObject p = ((PyModule) runtime.interpreter().importModule("sys")).dict().getItem("platform");
        return p == null ? "unknown" : p.toString();
    }

    /** The first line becomes empty; its newline stays, so line numbers do not change (python3 -x). */
    private static byte[] withoutFirstLine(byte[] source) {
        int nl = 0;
        while (nl < source.length && source[nl] != '\n') {
            nl++;
        }
        return java.util.Arrays.copyOfRange(source, nl, source.length);
    }

    /** How python3 words an OSError from opening a file: {@code [Errno 2] No such file or directory}. */
    private static String errno(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "[Errno 2] No such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "[Errno 13] Permission denied";
        }
        return "[Errno 5] " + e.getMessage();
    }
}
