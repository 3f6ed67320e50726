package org.krait.compiler.parser;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Runs CPython 3.11 (python3 on PATH) over many sources and returns what it makes of each. */
final class FStringOracle {
    private FStringOracle() {
    }

    private static final String SCRIPT = String.join("\n",
            "import ast, sys",
            "mode = sys.argv[1]",
            "def h(s):",
            "    return s.encode('utf-8', 'surrogatepass').hex() or '-'",
            "for line in sys.stdin:",
            "    src = bytes.fromhex(line.strip()).decode('utf-8')",
            "    try:",
            "        tree = ast.parse(src)",
            "        node = tree.body[0].value if mode == 'expr' else tree",
            "        print('D', h(ast.dump(node, include_attributes=True)))",
            "    except SyntaxError as e:",
            "        text = 'None' if e.text is None else h(e.text)",
            "        print('E', h(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, text)",
            "");

    /** CPython's answer for one source: a dump, or a SyntaxError rendered as {@link #error}. */
    record Answer(String dump, String error, String text) {
        Answer(String dump, String error) {
            this(dump, error, null);
        }

        /** The error rendered with its source text. */
        String errorWithText() {
            return error + " text=" + (text == null ? "None" : "'" + text + "'");
        }
    }

    /** Renders a SyntaxError the way these tests compare them. */
    static String error(String msg, int lineno, int offset, int endLineno, int endOffset) {
        return msg + " @" + lineno + ":" + offset + "-" + endLineno + ":" + endOffset;
    }

    /** Renders a SyntaxError with its source text. */
    static String error(String msg, int lineno, int offset, int endLineno, int endOffset, String text) {
        return error(msg, lineno, offset, endLineno, endOffset) + " text=" + (text == null ? "None" : "'" + text + "'");
    }

    /**
     * CPython's answers for {@code sources}, in order. {@code mode} "expr" dumps the value of the first
     * statement (an expression statement), "module" the whole module.
     */
    static List<Answer> ask(List<String> sources, String mode) throws IOException, InterruptedException {
        String python = findPython();
        Assumptions.assumeTrue(python != null, "python3 not found on PATH: differential f-string tests SKIPPED");
        Path script = Files.createTempFile("fstring_oracle", ".py");
        try {
            Files.writeString(script, SCRIPT);
            Process p = new ProcessBuilder(python, script.toString(), mode).redirectErrorStream(false).start();
            Thread feeder = new Thread(() -> {
                try (Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
                    for (String s : sources) {
                        w.write(HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8)));
                        w.write('\n');
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            feeder.start();
            List<Answer> answers = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String[] f = line.split(" ");
                    if (f[0].equals("D")) {
                        answers.add(new Answer(unhex(f[1]), null));
                    } else {
                        String text = f[6].equals("None") ? null : unhex(f[6]);
                        String base = error(unhex(f[1]), Integer.parseInt(f[2]),
                                Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]));
                        answers.add(new Answer(null, base, text));
                    }
                }
            }
            feeder.join();
            if (p.waitFor() != 0 || answers.size() != sources.size()) {
                throw new IllegalStateException("python3 oracle failed: " + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            return answers;
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** Runs a python3 script with {@code arg}; each output line is the hex of one UTF-8 string. */
    static List<String> run(String script, String arg) throws IOException, InterruptedException {
        String python = findPython();
        Assumptions.assumeTrue(python != null, "python3 not found on PATH: differential f-string tests SKIPPED");
        Path file = Files.createTempFile("fstring_script", ".py");
        try {
            Files.writeString(file, script);
            Process p = new ProcessBuilder(python, file.toString(), arg).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    out.add(unhex(line));
                }
            }
            if (p.waitFor() != 0) {
                throw new IllegalStateException("python3 script failed");
            }
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String unhex(String h) {
        return h.equals("-") ? "" : new String(HexFormat.of().parseHex(h), StandardCharsets.UTF_8);
    }

    private static String findPython() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File f = new File(dir, "python3");
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        return null;
    }
}
