package org.krait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("krait FILE")
class ScriptRunnerTest {

    @TempDir
    Path dir;

    private String[] run(String source) throws IOException {
        Path file = dir.resolve("prog.py");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ScriptRunner.run(file.toString(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String prefix = dir.toAbsolutePath() + "/";
        return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8).replace(prefix, "")};
    }

    @Test
    void runsAProgram() throws IOException {
        String[] r = run("def fact(n):\n    return 1 if n < 2 else n * fact(n - 1)\nprint(fact(25), [x * x for x in range(4)])\n");
        assertEquals("0", r[0]);
        assertEquals("15511210043330985984000000 [0, 1, 4, 9]\n", r[1]);
    }

    @Test
    void uncaughtExceptionPrintsCPythonsTraceback() throws IOException {
        String[] r = run("def f(d):\n    return d['x']\n\nprint('before')\nf({})\n");
        assertEquals("1", r[0]);
        assertEquals("before\n", r[1]);
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"prog.py\", line 5, in <module>\n"
                + "    f({})\n"
                + "  File \"prog.py\", line 2, in f\n"
                + "    return d['x']\n"
                + "           ~^^^^^\n"
                + "KeyError: 'x'\n", r[2]);
    }

    @Test
    void chainedExceptionsPrintTheContextFirst() throws IOException {
        String[] r = run("try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise ValueError('bad')\n");
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"prog.py\", line 2, in <module>\n"
                + "    1 / 0\n"
                + "    ~~^~~\n"
                + "ZeroDivisionError: division by zero\n\n"
                + "During handling of the above exception, another exception occurred:\n\n"
                + "Traceback (most recent call last):\n"
                + "  File \"prog.py\", line 4, in <module>\n"
                + "    raise ValueError('bad')\n"
                + "ValueError: bad\n", r[2]);
    }

    @Test
    void systemExitSetsTheStatus() throws IOException {
        assertEquals("3", run("import sys\nsys.exit(3)\n")[0]);
    }

    @Test
    void argumentErrorsUseCPythonsMessages() throws IOException {
        String[] r = run("def f(a, b, *, c):\n    pass\n"
                + "for call in (lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, 2), lambda: f(1, 2, c=3, d=4)):\n"
                + "    try:\n        call()\n    except TypeError as e:\n        print(e)\n");
        assertEquals("f() missing 1 required positional argument: 'b'\n"
                + "f() takes 2 positional arguments but 3 were given\n"
                + "f() missing 1 required keyword-only argument: 'c'\n"
                + "f() got an unexpected keyword argument 'd'\n", r[1]);
    }

    @Test
    void referenceCountsAreCPythons() throws IOException {
        // Expected values printed by CPython 3.11 for the same program.
        String[] r = run("import sys\nx = []\nprint(sys.getrefcount(x))\ny = x\nl = [x, x]\nprint(sys.getrefcount(x))\n"
                + "del l\ndef f(a):\n    return sys.getrefcount(a)\nprint(f(x))\n"
                + "class A:\n    def m(self):\n        return sys.getrefcount(self)\na = A()\nprint(sys.getrefcount(a), a.m())\n"
                + "t = (x,)\nfor item in [x]:\n    pass\nprint(sys.getrefcount(x))\n");
        assertEquals("2\n5\n4\n2 3\n5\n", r[1]);
    }
}
