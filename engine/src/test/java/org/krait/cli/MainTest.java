package org.krait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The argument handling and exit statuses of {@link Main}. */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpGoesToStdout() {
        assertEquals(Main.OK, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: krait --dump-ast FILE"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(Main.USAGE, run());
        assertEquals(Main.USAGE, run("--frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option: --frobnicate"));
        assertEquals(Main.USAGE, run("--dump-ast"));
        assertEquals(Main.USAGE, run("--dump-ast", "a.py", "b.py"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runningAProgramSaysTheInterpreterIsMissing() {
        assertEquals(Main.USAGE, run("prog.py"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("needs the interpreter"));
    }

    @Test
    void missingFileIsReportedLikePython(@TempDir Path dir) {
        Path missing = dir.resolve("missing.py");
        assertEquals(Main.USAGE, run("--dump-ast", missing.toString()));
        assertEquals("krait: can't open file '" + missing + "': [Errno 2] No such file or directory\n",
                err.toString(StandardCharsets.UTF_8));
    }
}
