package org.krait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sys.stdin, sys.stdout and sys.stderr over the host's Java streams, as ScriptRunner passes them. */
@DisplayName("Standard streams of a program")
class StandardStreamsTest {

    @TempDir
    Path dir;

    /** Runs {@code source} with {@code stdin}; returns status, stdout and stderr. */
    private String[] run(String source, String stdin) throws IOException {
        Path file = dir.resolve("prog.py");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int status = ScriptRunner.run(file.toString(), in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8).replace(dir.toAbsolutePath() + "/", "")};
    }

    @Test
    void inputReadsLinesOfTheGivenStreamThenRaisesEofError() throws IOException {
        String[] r = run("print(input('name? '))\nprint(input())\ntry:\n    input()\nexcept EOFError as e:\n    print(e)\n",
                "Ada\r\nlast");
        assertEquals("0", r[0]);
        assertEquals("name? Ada\r\nlast\nEOF when reading a line\n", r[1]);
    }

    @Test
    void stdoutHoldsTextUntilFlushedSoBufferWritesComeFirst() throws IOException {
        String[] r = run("import sys\nsys.stdout.write('text\\n')\nsys.stdout.buffer.write(b'bytes\\n')\n", "");
        assertEquals("bytes\ntext\n", r[1]);
    }

    @Test
    void everythingWrittenIsFlushedBeforeATraceback() throws IOException {
        String[] r = run("import sys\nprint('out')\nsys.stderr.write('partial')\nraise ValueError('x')\n", "");
        assertEquals("1", r[0]);
        assertEquals("out\n", r[1]);
        assertEquals("partialTraceback (most recent call last):\n  File \"prog.py\", line 4, in <module>\n"
                + "    raise ValueError('x')\nValueError: x\n", r[2]);
    }

    @Test
    void aFileLeftOpenIsFlushedWhenTheProgramEnds() throws IOException {
        Path data = dir.resolve("left-open.txt");
        run("f = open(" + pythonString(data) + ", 'w')\nf.write('kept')\n", "");
        assertEquals("kept", Files.readString(data));
    }

    @Test
    void stderrIsLineBufferedAndEscapesWhatItCannotEncode() throws IOException {
        String[] r = run("import sys\nsys.stderr.write('a\\udcff\\n')\nprint(sys.stderr.line_buffering, sys.stderr.errors)\n", "");
        assertEquals("a\\udcff\n", r[2]);
        assertEquals("True backslashreplace\n", r[1]);
    }

    private static String pythonString(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
