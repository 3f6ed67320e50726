package org.krait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The argument handling, output and exit statuses of {@link Main}. */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpGoesToStdout() {
        assertEquals(Main.OK, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ..."));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(Main.USAGE, run("--frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("unknown option --frobnicate\nusage: krait "));
        assertEquals(Main.USAGE, run("--dump-ast"));
        assertEquals(Main.USAGE, run("--dump-ast", "a.py", "b.py"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runningAMissingProgramIsAUsageError() {
        assertEquals(Main.USAGE, run("no-such-prog.py"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("can't open file"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("[Errno 2] No such file or directory"));
    }

    /** {@code krait --dump-ast} prints what {@code ast.dump} prints, and errors as {@code python3 FILE} does. */
    @Test
    void dumpAndErrorsMatchPython(@TempDir Path dir) throws Exception {
        String[] sources = {
            "x = [1, 2.5e-7, -3j, 'a\\tb', b'\\xff', ...]\nfrom . import y as z\n",
            "def f(a, /, b=1, *c, d, **e) -> None:\n    return {**a, 'k': a[1:2, ::3]}\n",
            "x = (\n",
            "if x:\n        y = = 3\n",
            "f(a for a in b, c)\n",
        };
        for (int i = 0; i < sources.length; i++) {
            Path file = dir.resolve("case" + i + ".py");
            Files.writeString(file, sources[i], StandardCharsets.UTF_8);
            out.reset();
            err.reset();
            int status = run("--dump-ast", file.toString());
            String[] python = python(file);
            assertEquals(python[0], out.toString(StandardCharsets.UTF_8), "stdout for " + sources[i]);
            assertEquals(python[1], err.toString(StandardCharsets.UTF_8), "stderr for " + sources[i]);
            assertEquals(python[1].isEmpty() ? Main.OK : Main.PYTHON_ERROR, status);
        }
    }

    /** What python3 prints for FILE: its dump on stdout, or its syntax error report on stderr. */
    private static String[] python(Path file) throws IOException, InterruptedException {
        String code = "import ast, subprocess, sys\n"
                + "src = open(sys.argv[1], 'rb').read()\n"
                + "try:\n"
                + "    sys.stdout.write(ast.dump(ast.parse(src), include_attributes=True) + '\\n')\n"
                + "except SyntaxError:\n"
                + "    sys.stderr.write(subprocess.run([sys.executable, sys.argv[1]], capture_output=True, text=True).stderr)\n";
        Process process;
        try {
            process = new ProcessBuilder("python3", "-c", code, file.toString()).start();
        } catch (IOException e) {
            System.err.println("!!! MainTest: python3 not found on PATH; skipping the comparison with CPython !!!");
            assumeTrue(false, "python3 not found");
            throw e;
        }
        process.getOutputStream().close();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> {
            try {
                process.getErrorStream().transferTo(stderr);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        drain.start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        drain.join();
        assertEquals(0, process.waitFor());
        return new String[] {stdout, stderr.toString(StandardCharsets.UTF_8)};
    }

    /** Nesting beyond CPython's parser limits is reported as python3 reports it, never as a stack overflow. */
    @Test
    void deepNestingIsAMemoryErrorLikeInPython(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("deep.py");
        Files.writeString(file, "x = " + "-".repeat(50000) + "1\n", StandardCharsets.US_ASCII);
        int status = run("--dump-ast", file.toString());
        assertEquals("MemoryError\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(Main.PYTHON_ERROR, status);
    }

    @Test
    void missingFileIsReportedLikePython(@TempDir Path dir) {
        Path missing = dir.resolve("missing.py");
        assertEquals(Main.USAGE, run("--dump-ast", missing.toString()));
        assertEquals("krait: can't open file '" + missing + "': [Errno 2] No such file or directory\n",
                err.toString(StandardCharsets.UTF_8));
    }
}
