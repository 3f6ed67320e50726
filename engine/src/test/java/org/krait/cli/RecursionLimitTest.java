package org.krait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A runaway recursion under a recursion limit far above what the stack holds: CPython 3.11
 * crashes on such a program (so no corpus case can record it); Krait must raise RecursionError,
 * on a small stack as on the launcher's large one, and never show a Java stack trace.
 */
@DisplayName("runaway recursion after sys.setrecursionlimit(10**6)")
class RecursionLimitTest {

    private static final String CAUGHT = "import sys\n"
            + "sys.setrecursionlimit(10**6)\n"
            + "def f(n):\n    return f(n + 1)\n"
            + "try:\n    f(0)\nexcept RecursionError as e:\n    print(type(e).__name__, e)\n"
            + "print('still running', sum(range(10)))\n";

    private static final String UNCAUGHT = "import sys\n"
            + "sys.setrecursionlimit(10**6)\n"
            + "def f(n):\n    return f(n + 1)\n"
            + "f(0)\n";

    @TempDir
    Path dir;

    private String[] run(String source, boolean largeStack) throws IOException, InterruptedException {
        Path file = dir.resolve("prog.py");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int status = largeStack ? Main.run(new String[] {file.toString()}, o, e)
                : ScriptRunner.run(file.toString(), o, e);
        return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void isARecursionErrorOnTheTestThreadsStack() throws Exception {
        String[] r = run(CAUGHT, false);
        assertEquals("0", r[0]);
        assertEquals("RecursionError maximum recursion depth exceeded\nstill running 45\n", r[1]);
        assertEquals("", r[2]);
    }

    @Test
    void isARecursionErrorOnTheLaunchersLargeStack() throws Exception {
        String[] r = run(CAUGHT, true);
        assertEquals("0", r[0]);
        assertEquals("RecursionError maximum recursion depth exceeded\nstill running 45\n", r[1]);
    }

    @Test
    void uncaughtItEndsTheProgramWithAPythonTraceback() throws Exception {
        String[] r = run(UNCAUGHT, false);
        assertEquals("1", r[0]);
        assertTrue(r[2].startsWith("Traceback (most recent call last):\n"), r[2]);
        assertTrue(r[2].endsWith("RecursionError: maximum recursion depth exceeded\n"), r[2]);
        assertFalse(r[2].contains("at org.krait"), "a Java stack trace leaked");
        assertFalse(r[2].contains("StackOverflowError"), "a Java error leaked");
    }

    @Test
    void aLimitBeyondTheHeapStillEndsInRecursionError() throws Exception {
        // Python calls run in place on the heap: the frame-depth cap, not memory, must stop this.
        String[] r = run("import sys\nsys.setrecursionlimit(10**8)\ndef f(n):\n    return f(n + 1)\n"
                + "try:\n    f(0)\nexcept RecursionError as e:\n    print(type(e).__name__, e)\n", false);
        assertEquals("0", r[0]);
        assertEquals("RecursionError maximum recursion depth exceeded\n", r[1]);
    }
}
