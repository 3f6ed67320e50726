package org.krait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.krait.compiler.source.SyntaxErrorException;

/**
 * {@link SyntaxErrorReport} against what {@code python3 FILE} prints: python3 compiles each sample
 * to get the SyntaxError's fields and runs it to get the report; Krait renders the same fields.
 */
class SyntaxErrorReportTest {

    /** Sources CPython rejects, each exercising a different branch of the caret arithmetic. */
    private static final String[] SAMPLES = {
        "x = (\n",
        "if x:\n        y = = 3\n",
        "f(a for a in b, c)\n",
        "if 1:\n\tx = 1\n        y = 2\n",
        "x = \"\"\"abc\n",
        "def f():\n  x\n y\n",
        "   \t  x = 1 +\n",
        "print(1 +\n  2 +)\n",
        "x = 1\n  y\n",
        "f(**x, *y)\n",
        "x = \"\\N{foo}\"\n",
        "\u00e9 = 1 $\n",
        "x = 1 +  \\\n",
        "\n\n(1,\n 2\n",
        "def f():\n\treturn 1 $\n",
        "x = (1 +\n  2) = 3\n",
        "x = [1, 2\ny = 3\n",
        "f'{a b}'\n",
        "\f  x $\n",
        "x = '\u4e2d\u6587' $ 1\n",
        "for x in range(10):\n    pass\n  else:\n",
        "class A:\npass\n",
        "del f()\n",
        "a, b += 1\n",
    };

    /** For each file argument: the fields of compile()'s SyntaxError and the stderr of running it, hex-encoded. */
    private static final String ORACLE = String.join("\n",
            "import subprocess, sys",
            "def h(s): return (s or '').encode('utf-8', 'surrogateescape').hex() or '-'",
            "for f in sys.argv[1:]:",
            "    try:",
            "        compile(open(f, 'rb').read(), f, 'exec')",
            "        print('OK')",
            "        continue",
            "    except SyntaxError as e:",
            "        n = lambda v: -1 if v is None else v",
            "        fields = [type(e).__name__, h(e.msg), e.lineno, n(e.offset), n(e.end_lineno), n(e.end_offset),",
            "                  '-' if e.text is None else h(e.text)]",
            "    run = subprocess.run([sys.executable, f], capture_output=True)",
            "    print(' '.join(str(x) for x in fields), run.stderr.hex())");

    @Test
    void matchesPython(@TempDir Path dir) throws Exception {
        List<String> args = new ArrayList<>(List.of("python3", "-c", ORACLE));
        for (int i = 0; i < SAMPLES.length; i++) {
            Path file = dir.resolve("sample" + i + ".py");
            Files.writeString(file, SAMPLES[i], StandardCharsets.UTF_8);
            args.add(file.toString());
        }
        List<String> lines = runPython(args);
        assertEquals(SAMPLES.length, lines.size());
        HexFormat hex = HexFormat.of();
        for (int i = 0; i < SAMPLES.length; i++) {
            String[] f = lines.get(i).split(" ");
            assertEquals(8, f.length, "sample " + i + " must be a syntax error: " + lines.get(i));
            SyntaxErrorException error = new SyntaxErrorException(SyntaxErrorException.Kind.valueOf(f[0]), text(hex, f[1]),
                    Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]),
                    f[6].equals("-") ? null : text(hex, f[6]));
            String expected = text(hex, f[7]);
            String actual = new String(SyntaxErrorReport.render(error, dir.resolve("sample" + i + ".py").toString()),
                    StandardCharsets.UTF_8);
            assertEquals(expected, actual, "sample " + i + ": " + SAMPLES[i]);
        }
    }

    @Test
    void errorWithoutLineIsJustTheMessage() {
        SyntaxErrorException error = new SyntaxErrorException(SyntaxErrorException.Kind.SyntaxError,
                "unknown encoding: foo", 0, -1, 0, -1, null);
        assertEquals("SyntaxError: unknown encoding: foo\n",
                new String(SyntaxErrorReport.render(error, "/x.py"), StandardCharsets.UTF_8));
    }

    private static String text(HexFormat hex, String field) {
        return field.equals("-") ? "" : new String(hex.parseHex(field), StandardCharsets.UTF_8);
    }

    private static List<String> runPython(List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            System.err.println("!!! SyntaxErrorReportTest: python3 not found on PATH; skipping the comparison with CPython !!!");
            assumeTrue(false, "python3 not found");
            throw e;
        }
        process.getOutputStream().close();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = process.getInputStream()) {
            in.transferTo(bytes);
        }
        assertEquals(0, process.waitFor(), "python3 failed");
        return List.of(bytes.toString(StandardCharsets.UTF_8).split("\n"));
    }
}
