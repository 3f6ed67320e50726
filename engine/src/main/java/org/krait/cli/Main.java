package org.krait.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.krait.compiler.ast.AstDump;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.parser.Parser;
import org.krait.compiler.source.SourceTooComplexException;
import org.krait.compiler.source.SyntaxErrorException;

/**
 * The {@code krait} command, which takes python3's options and arguments
 * ({@code krait [option] ... [-c cmd | -m mod | file | -] [arg] ...}, see {@link CommandLine},
 * {@link Settings}, {@link Session}) and behaves as python3 does with them, plus Krait's own
 * {@code --dump-ast FILE} (the tree as {@code ast.dump(ast.parse(src), include_attributes=True)})
 * and {@code --dis FILE} as first argument. Exit status: python3's (0; 1 for an uncaught
 * exception or a syntax error; 2 for a usage error or an unreadable file; SystemExit's status;
 * death by SIGINT after an uncaught KeyboardInterrupt), and 3 when Krait itself fails or meets
 * what it does not support yet.
 *
 * <p>The launcher script passes the name it was invoked by ({@code -Dkrait.program}, shown in
 * usage and file errors, as python3 shows its {@code argv[0]}) and its absolute path
 * ({@code -Dkrait.executable}, {@code sys.executable}).
 */
public final class Main {

    static final int OK = 0;
    /** The status python3 exits with for the same failure: a syntax error, or a MemoryError for over-deep nesting. */
    static final int PYTHON_ERROR = 1;
    static final int USAGE = 2;
    static final int INTERNAL_ERROR = 3;
    /** Not a status: the program ended with an uncaught KeyboardInterrupt, so the process dies of SIGINT. */
    static final int KILLED_BY_SIGINT = -2;

    /** Deeply nested source recurses deeply in the parser; this stack keeps any real input safe. */
    private static final long STACK_BYTES = 512L << 20;

    private Main() {
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) throws InterruptedException {
        // The command ships no SLF4J provider: its logs (krait.gil, krait.gc...) are off unless
        // one is put on the class path, and SLF4J must not say so on the program's stderr.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        String program = System.getProperty("krait.program", "krait");
        String executable = System.getProperty("krait.executable", program);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        PrintStream out = err;
        int status;
        if (args.length > 0 && (args[0].equals("--dis") || args[0].equals("--dump-ast"))) {
            out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            status = krait(args, out, err);
        } else {
            try {
                CommandLine cl = CommandLine.parse(args, program);
                Settings settings = Settings.of(cl, System.getenv(), origArgv(program, args), executable);
                out = stdout(settings.unbuffered);
                err.print(cl.notes);
                Session session = new Session(cl, settings, new Session.Io(System.in, out, err, Terminal.isatty(0)),
                        Path.of("").toAbsolutePath(), program, executable);
                status = onLargeStack(session::run, true);
            } catch (CommandLine.Stop stop) {
                System.out.print(stop.stdout);
                System.out.flush();
                err.print(stop.stderr);
                status = stop.status;
            }
        }
        out.flush();
        err.flush();
        if (status == KILLED_BY_SIGINT) {
            SigintHandler.die();
        }
        System.exit(status);
    }

    /**
     * The command run in this JVM with the given streams and environment, as if started in
     * {@code cwd} (tests); SIGINT is not handled. Returns the exit status.
     */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env, Path cwd) {
        if (args.length > 0 && (args[0].equals("--dis") || args[0].equals("--dump-ast"))) {
            return krait(args, out, err);
        }
        try {
            CommandLine cl = CommandLine.parse(args, "krait");
            Settings settings = Settings.of(cl, env, origArgv("krait", args), "krait");
            err.print(cl.notes);
            Session session = new Session(cl, settings, new Session.Io(in, out, err, false), cwd, "krait", "krait");
            return onLargeStack(session::run, false);
        } catch (CommandLine.Stop stop) {
            out.print(stop.stdout);
            err.print(stop.stderr);
            return stop.status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return INTERNAL_ERROR;
        }
    }

    /** {@link #run(String[], InputStream, PrintStream, PrintStream, Map, Path)} with empty stdin, here, in this environment. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, InputStream.nullInputStream(), out, err, System.getenv(), Path.of("").toAbsolutePath());
    }

    /** Runs {@code body} on a thread with a large stack and returns its status; SIGINT interrupts it when {@code sigint}. */
    static int onLargeStack(IntSupplier body, boolean sigint) throws InterruptedException {
        int[] status = {INTERNAL_ERROR};
        Thread worker = new Thread(null, () -> status[0] = body.getAsInt(), "krait-main", STACK_BYTES);
        if (sigint) {
            SigintHandler.install(worker);
        }
        worker.start();
        worker.join();
        return status[0];
    }

    /** {@code sys.orig_argv}: the command as invoked. */
    private static List<String> origArgv(String program, String[] args) {
        List<String> all = new ArrayList<>();
        all.add(program);
        all.addAll(List.of(args));
        return all;
    }

    /**
     * stdout as python3 buffers it: written through under -u (or PYTHONUNBUFFERED), flushed at
     * once on a terminal (python3 flushes each line there), else in blocks; everything is flushed
     * before the process ends and before the prompt reads a line.
     */
    private static PrintStream stdout(boolean unbuffered) {
        FileOutputStream fd = new FileOutputStream(FileDescriptor.out);
        if (unbuffered || Terminal.isatty(1)) {
            return new PrintStream(fd, true, StandardCharsets.UTF_8);
        }
        return new PrintStream(new BufferedOutputStream(fd, 8192), false, StandardCharsets.UTF_8);
    }

    /** Krait's own commands, {@code --dis FILE} and {@code --dump-ast FILE}. */
    private static int krait(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.print("krait: " + args[0] + " takes exactly one FILE\n" + HelpText.shortUsage("krait"));
            return USAGE;
        }
        if (args[0].equals("--dis")) {
            return ScriptRunner.disassemble(args[1], out, err);
        }
        try {
            return onLargeStack(() -> dumpAst(args[1], out, err), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return INTERNAL_ERROR;
        }
    }

    private static int dumpAst(String file, PrintStream out, PrintStream err) {
        Path path = Path.of(file).toAbsolutePath();
        byte[] source;
        try {
            source = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            err.print("krait: can't open file '" + path + "': [Errno 2] No such file or directory\n");
            return USAGE;
        } catch (IOException e) {
            err.print("krait: can't open file '" + path + "': " + e + "\n");
            return USAGE;
        }
        try {
            Mod tree = Parser.parseFile(source);
            out.writeBytes(AstDump.dump(tree).concat("\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return OK;
        } catch (SyntaxErrorException e) {
            out.flush();
            err.writeBytes(SyntaxErrorReport.render(e, path.toString()));
            err.flush();
            return PYTHON_ERROR;
        } catch (SourceTooComplexException e) {
            // python3 FILE prints just the exception's name for these (e.g. "MemoryError").
            out.flush();
            err.print(e.pythonType + "\n");
            return PYTHON_ERROR;
        } catch (RuntimeException | StackOverflowError e) {
            err.print("krait: internal error while reading " + path + ":\n");
            e.printStackTrace(err);
            return INTERNAL_ERROR;
        }
    }
}
