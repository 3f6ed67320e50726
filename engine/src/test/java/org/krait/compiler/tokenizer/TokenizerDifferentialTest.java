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
