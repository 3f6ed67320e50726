package org.krait.compiler.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.krait.compiler.source.SourceDecoder;
import org.krait.compiler.source.SyntaxErrorException;

/**
 * Compares Krait's tokens with CPython 3.11's on stdlib files, and tokenizer errors with
 * {@code ast.parse}'s, both computed live by the local {@code python3}.
 *
 * <p>CPython 3.11 exposes its C tokenizer to Python only through parse errors, so the token
 * oracle is the pure-Python {@code tokenize} module, adjusted in {@code cpython_tokens.py} to what
 * the C tokenizer gives the parser (see there). Compared: kind, text and positions of NAME, NUMBER,
 * STRING and operator tokens; NEWLINE positions; INDENT/DEDENT lines (not their columns, which the
 * C tokenizer does not set, nor the line of DEDENTs at end of file, where the two differ);
 * ENDMARKER's presence.
 *
 * <p>Runs a deterministic sample of about 150 files; {@code -Dkrait.fullStdlib=true} runs them all.
 */
class TokenizerDifferentialTest {

    private static final int SAMPLE = 150;

    @Test
    void tokensMatchCPythonOnStdlibSample() throws IOException {
        String python = CPythonOracle.python();
        List<Path> files = stdlibFiles(python);
        List<Path> chosen = new ArrayList<>();
        if (Boolean.getBoolean("krait.fullStdlib")) {
            chosen.addAll(files);
        } else {
            double step = Math.max(1.0, files.size() / (double) SAMPLE);
            for (double i = 0; i < files.size(); i += step) {
                chosen.add(files.get((int) i));
            }
        }
        String stdin = chosen.stream().map(Path::toString).collect(Collectors.joining("\n"));
        String expected = CPythonOracle.run(python, CPythonOracle.resource("cpython_tokens.py"), stdin);

        int compared = 0;
        int skipped = 0;
        List<String> failures = new ArrayList<>();
        String[] lines = expected.split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].startsWith("FILE\t")) {
            String[] head = lines[i].split("\t");
            i++;
            List<String> want = new ArrayList<>();
            while (i < lines.length && !lines[i].startsWith("FILE\t") && !lines[i].isEmpty()) {
                want.add(lines[i++]);
            }
            if (head[2].equals("SKIP")) {
                skipped++;
                continue;
            }
            compared++;
            List<String> got = krait(Files.readAllBytes(Paths.get(head[1])));
            String diff = firstDifference(want, got);
            if (diff != null) {
                failures.add(head[1] + ": " + diff);
            }
        }
        System.out.println("TokenizerDifferentialTest: " + compared + " files compared, " + skipped
                + " rejected by CPython and skipped, " + failures.size() + " differ");
        failures.stream().limit(20).forEach(f -> System.out.println("  " + f));
        assertTrue(compared >= Math.min(100, chosen.size() - 20), "too few files compared: " + compared);
        assertEquals(List.of(), failures);
    }

    /**
     * Sources whose first error is the tokenizer's; CPython's {@code ast.parse} must report
     * exactly Krait's error (type, message, lineno, offset, end_lineno, end_offset, text).
     */
    private static final List<String> TOKENIZER_ERRORS = List.of(
            // indentation
            "if x:\n    a\n  b\n",
            "if x:\n\ta\n        b\n",
            "if x:\n        a\n\tb\n",
            "if x:\n  \ta\n\tb\n",
            "if x:\n\t a\n \tb\n",
            "if a:\n   b\n \f  c\n",
            deepIndent(100),
            // explicit line joining
            "x = 1 \\ y",
            "\\ x",
            "x = 1 + \\",
            "x = 1 + \\\n",
            "x = 1 + \\\n  2 \\ y\n",
            "x = (1 + \\",
            "x = [1,\n  \\",
            // brackets
            ")",
            "x = 1)",
            "x = (]",
            "foo(\n]",
            "x = {1: [2,\n3)}",
            "}",
            "(".repeat(201),
            "[".repeat(200) + "]".repeat(201),
            "(1,",
            "x = [1,\n2,\n",
            "foo(\n",
            "x = {\n\n\n",
            "\u00e9 = (1,\n",
            // names
            "\u20ac",
            "a\u00a0b",
            "a\u20ac = 1",
            "x = \u00e9\u20acb",
            "x\u200b = 1",
            "\u2028",
            "x = 1 + \ud835\udd18\u20ac",
            "\u00e9 = a\u00a0",
            "def f(\u00b7x): pass",
            // numbers
            "x = 08", "\u00e9 = 08", "x = 0_7", "x = 012_3", "00_", "0_", "0__0", "x = 0e", "0j_",
            "0o8", "0o", "0o_", "0o7_8", "0o1_", "0o19", "0oa",
            "0b2", "0b", "0b1_2", "0b_", "0b12", "0bx",
            "0x", "0xg", "0x_", "0x1_", "0x1g", "0x1_g",
            "1_", "1__0", "1_000_", "1_a",
            "1e", "1e+", "1e-x", "1.e5j_", "1.5_", "1.5e_1", "1.5ex", "5a", "1jx", "1e5x", "0.0e", "1.__class__",
            ".5_", ".5x", "1.0_0e1_", "1E", "1j1", "1_j",
            "x = 1not_in", "x = 1andy",
            // strings
            "x = \"abc", "x = 'abc\n", "x = \"\"\"abc\n\n", "x = '''\n", "f(b\"x\n", "\"abc\\",
            "rb'", "x = u'abc", "'a' 'b", "x = \"\"\"a\\\"\"\"", "s = '\\\n", "s = 'a\\\nb\nc'",
            "\u00e9 = \"\"\"abc\n", "x = (\"\"\"\n\n", "f'{x'\ny = 'abc\n", "Rb\"x", "bR'''x\n",
            // control characters
            "\u0001", "a\u000bb", "x = 1\u001b", "\u007f", "x = 'a'\u0003",
            // NUL
            "x\u0000y"
    );

    @Test
    void tokenizerErrorsMatchCPython() {
        String python = CPythonOracle.python();
        List<String> expected = TokenizerErrorsOracle.cpython(python, TOKENIZER_ERRORS, false);
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < TOKENIZER_ERRORS.size(); k++) {
            String src = TOKENIZER_ERRORS.get(k);
            String got = TokenizerErrorsOracle.krait(src, false);
            if (!expected.get(k).equals(got)) {
                failures.add(CPythonOracle.esc(src.length() > 60 ? src.substring(0, 60) + "..." : src)
                        + "\n    CPython " + expected.get(k) + "\n    Krait   " + got);
            }
        }
        System.out.println("tokenizerErrorsMatchCPython: " + (TOKENIZER_ERRORS.size() - failures.size()) + "/"
                + TOKENIZER_ERRORS.size() + " match");
        failures.forEach(f -> System.out.println("  " + f));
        assertEquals(List.of(), failures);
    }

    /** Byte sources (each char one byte) for the decoder and the tokenizer's undecodable-byte errors. */
    private static final List<String> BYTES_CASES = List.of(
            "x = 1\n\u00f6", "# \u00f6\nx=1", "x = a\u00f6", "x = a\u00c3", "x = 1 + \u00f6abc", "x = \u00e2\u0082A",
            "\u00c3\u00a9 = 1", "\u00c3\u00a9 = \u00c3\u00a9\u00f6 + 1",
            "\u00ef\u00bb\u00bf# coding: latin-1\nx=1", "\u00ef\u00bb\u00bf# coding: utf8\n", "\u00ef\u00bb\u00bfx = 1\n",
            "\u00ef\u00bb\u00bf# coding: utf-8\nx = '\u00c3\u00a9'", "# coding: foo\nx=1", "# coding: ascii\nx = '\u00e9'",
            "# coding: latin-1\nx = '\u00e9'", "\n# coding: latin-1\nx = '\u00e9'", "#!x\n\n# coding: latin-1\nx = 1",
            "#!x\n# vim: set fileencoding=iso-8859-15 :\nx = '\u00a4'", "# coding: cp1252\nx = '\u0081'",
            "\r\n# coding: latin-1\r\nx = '\u00e9'", "x = 1 # coding: latin-1\n\u00e9 = 1", "x\u0000y",
            "# coding=latin-1\n\u00e9 = 1\n", "  # coding: latin-1\n\u00e9\u00e9 = 1\n", "#coding:latin-1\n\u00e0 = 1",
            // undeclared UTF-8: CPython leaves its parser-side error offsets in bytes
            "\u00c3\u00a9 = (1,\n", "if x:\n  \u00c3\u00a9\n \u00c3\u00a9", "\u00c3\u00a9 = 08", "\u00c3\u00a9 = \"abc",
            "\u00ef\u00bb\u00bf\u00c3\u00a9 = (1,\n", "# coding: utf-8\nif x:\n  \u00c3\u00a9\n \u00c3\u00a9",
            "\u00c3\u00a9 = 1 \\ 2", "\u00c3\u00a9 = 1 + \\"
    );

    @Test
    void decoderAndByteErrorsMatchCPython() {
        String python = CPythonOracle.python();
        List<String> expected = TokenizerErrorsOracle.cpython(python, BYTES_CASES, true);
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < BYTES_CASES.size(); k++) {
            String src = BYTES_CASES.get(k);
            String got = TokenizerErrorsOracle.krait(src, true);
            if (!expected.get(k).equals(got)) {
                failures.add(CPythonOracle.esc(src) + "\n    CPython " + expected.get(k) + "\n    Krait   " + got);
            }
        }
        System.out.println("decoderAndByteErrorsMatchCPython: " + (BYTES_CASES.size() - failures.size()) + "/"
                + BYTES_CASES.size() + " match");
        failures.forEach(f -> System.out.println("  " + f));
        assertEquals(List.of(), failures);
    }

    private static String deepIndent(int levels) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            sb.append(" ".repeat(i)).append("if 1:\n");
        }
        sb.append(" ".repeat(levels)).append("pass\n");
        return sb.toString();
    }

    @Test
    void wholeStdlibTokenizes() throws IOException {
        String python = CPythonOracle.python();
        List<String> sources = new ArrayList<>();
        long chars = 0;
        for (Path p : stdlibFiles(python)) {
            try {
                String s = SourceDecoder.decode(Files.readAllBytes(p));
                sources.add(s);
                chars += s.length();
            } catch (SyntaxErrorException e) {
                // A file CPython rejects already at decoding; nothing to time.
            }
        }
        long best = Long.MAX_VALUE;
        long tokens = 0;
        for (int round = 0; round < 4; round++) {
            long t0 = System.nanoTime();
            tokens = 0;
            for (String s : sources) {
                try {
                    Tokenizer t = new Tokenizer(s);
                    while (t.next().kind != TokenKind.ENDMARKER) {
                        tokens++;
                    }
                } catch (SyntaxErrorException e) {
                    tokens++;
                }
            }
            best = Math.min(best, System.nanoTime() - t0);
        }
        // The time is reported, never asserted (speed is a benchmark's business, and the machine is shared).
        System.out.printf("wholeStdlibTokenizes: %d files, %.1f M chars, %d tokens, best round %d ms%n",
                sources.size(), chars / 1e6, tokens, best / 1_000_000);
        assertTrue(tokens > sources.size(), "every file gives tokens");
    }

    /** Krait's tokens in the oracle's format. */
    static List<String> krait(byte[] bytes) {
        List<String> out = new ArrayList<>();
        List<Token> toks = new ArrayList<>();
        try {
            Tokenizer t = new Tokenizer(SourceDecoder.decode(bytes));
            Token tok;
            do {
                tok = t.next();
                toks.add(tok);
            } while (tok.kind != TokenKind.ENDMARKER);
        } catch (SyntaxErrorException e) {
            out.add("ERROR " + e.getMessage());
            return out;
        }
        int eofDedents = toks.size() - 1;
        while (eofDedents > 0 && toks.get(eofDedents - 1).kind == TokenKind.DEDENT) {
            eofDedents--;
        }
        for (int k = 0; k < toks.size(); k++) {
            Token tok = toks.get(k);
            switch (tok.kind) {
                case INDENT:
                    out.add("INDENT\t" + tok.lineno);
                    break;
                case DEDENT:
                    out.add("DEDENT\t" + (k >= eofDedents ? "EOF" : String.valueOf(tok.lineno)));
                    break;
                case ENDMARKER:
                    out.add("ENDMARKER");
                    break;
                default:
                    String kind = tok.kind.isKeyword() ? "NAME" : tok.kind.name();
                    out.add(kind + "\t" + tok.lineno + "\t" + tok.col_offset + "\t" + tok.end_lineno + "\t"
                            + tok.end_col_offset + "\t" + escText(tok.text));
            }
        }
        return out;
    }

    private static String escText(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
    }

    private static String firstDifference(List<String> want, List<String> got) {
        int n = Math.min(want.size(), got.size());
        for (int k = 0; k < n; k++) {
            if (!want.get(k).equals(got.get(k))) {
                return "token " + k + ": CPython [" + want.get(k) + "] Krait [" + got.get(k) + "]";
            }
        }
        if (want.size() != got.size()) {
            return "CPython has " + want.size() + " tokens, Krait " + got.size()
                    + (got.size() > n ? ", extra [" + got.get(n) + "]" : ", missing [" + want.get(n) + "]");
        }
        return null;
    }

    /** All stdlib .py files outside site-packages, sorted. */
    static List<Path> stdlibFiles(String python) throws IOException {
        String dir = CPythonOracle.run(python, "import sysconfig; print(sysconfig.get_paths()['stdlib'])", "").trim();
        Path root = Paths.get(dir);
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !root.relativize(p).toString().contains("site-packages"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .collect(Collectors.toList());
        }
    }
}
