package org.krait.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.krait.compiler.ast.AstDump;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.parser.Parser;
import org.krait.compiler.source.SourceTooComplexException;
import org.krait.compiler.source.SyntaxErrorException;

/**
 * The {@code krait} command. {@code krait FILE} runs FILE as {@code __main__}, printing an uncaught
 * exception as CPython's traceback; {@code krait --dump-ast FILE} prints FILE's syntax tree as
 * CPython's {@code ast.dump(ast.parse(src), include_attributes=True)} does. Exit status: 0 on
 * success, 1 on an uncaught exception, a syntax error or a source nested beyond CPython's limits
 * (reported like {@code python3 FILE} reports them), 2 on a usage error or an unreadable file,
 * the code of {@code SystemExit}, 3 when Krait itself fails.
 */
public final class Main {

    static final int OK = 0;
    /** The status python3 exits with for the same failure: a syntax error, or a MemoryError for over-deep nesting. */
    static final int PYTHON_ERROR = 1;
    static final int USAGE = 2;
    static final int INTERNAL_ERROR = 3;

    /** Deeply nested source recurses deeply in the parser; this stack keeps any real input safe. */
    private static final long STACK_BYTES = 512L << 20;

    private static final String USAGE_TEXT = "usage: krait FILE | krait --dump-ast FILE\n"
            + "  FILE             run the Python program in FILE\n"
            + "  --dis FILE       print the bytecode FILE compiles to\n"
            + "  --dump-ast FILE  print the syntax tree of FILE as CPython 3.11's\n"
            + "                   ast.dump(ast.parse(source), include_attributes=True)\n";

    private Main() {
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) throws InterruptedException {
        int status = runOnLargeStack(args, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    /** Runs the command on a thread with a large stack and returns its exit status. */
    static int runOnLargeStack(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        int[] status = {INTERNAL_ERROR};
        Thread worker = new Thread(null, () -> status[0] = run(args, out, err), "krait-main", STACK_BYTES);
        worker.start();
        worker.join();
        return status[0];
    }

    /** Runs the command with the given streams and returns its exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
            out.print(USAGE_TEXT);
            return OK;
        }
        if (args.length == 0) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        if (args[0].equals("--dis") && args.length == 2) {
            return ScriptRunner.disassemble(args[1], out, err);
        }
        if (!args[0].equals("--dump-ast")) {
            if (args[0].startsWith("-")) {
                err.print("krait: unknown option: " + args[0] + "\n" + USAGE_TEXT);
                return USAGE;
            }
            return ScriptRunner.run(args[0], out, err);
        }
        if (args.length != 2) {
            err.print("krait: --dump-ast takes exactly one FILE\n" + USAGE_TEXT);
            return USAGE;
        }
        return dumpAst(args[1], out, err);
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
