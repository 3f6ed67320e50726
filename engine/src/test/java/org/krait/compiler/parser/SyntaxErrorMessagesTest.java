package org.krait.compiler.parser;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.krait.compiler.source.SyntaxErrorException;

/**
 * Parses every snippet of the syntax-error corpus ({@code syntax-errors/snippets.txt}) and
 * compares the {@link SyntaxErrorException} with what CPython 3.11 raised for it, as recorded in
 * {@code syntax-errors/expected.tsv} by {@code tools/record_syntax_errors.py}. The recording is
 * read from the resource, so this test needs no python3.
 *
 * <p>Each snippet gets two tests: {@code error} checks the kind, message, line and offset;
 * {@code end} checks end line and end offset, kept apart because the end position is the part
 * most likely to be off while the error itself is right. A summary is printed after the run.
 */
class SyntaxErrorMessagesTest {

    private static final String DIR = "/org/krait/compiler/parser/syntax-errors/";
    /** Only turns a hang into a failure; parsing a snippet normally takes milliseconds. */
    private static final Duration HANG_LIMIT = Duration.ofSeconds(20);

    /** What a parse ended in, computed once per snippet and shared by its two tests. */
    private static final Map<String, Outcome> OUTCOMES = new ConcurrentHashMap<>();
    private static final Map<String, String> ERROR_MISMATCHES = new ConcurrentHashMap<>();
    private static final Map<String, String> END_MISMATCHES = new ConcurrentHashMap<>();
    private static int total;

    @TestFactory
    Stream<DynamicNode> corpus() {
        Map<String, Snippet> snippets = Snippet.readAll();
        List<Expected> expected = Expected.readAll();
        if (expected.size() != snippets.size()) {
            fail("expected.tsv has " + expected.size() + " rows but snippets.txt has "
                    + snippets.size() + " snippets: re-run tools/record_syntax_errors.py");
        }
        total = expected.size();
        return expected.stream().map(e -> {
            Snippet snippet = snippets.get(e.name);
            if (snippet == null) {
                fail("expected.tsv names an unknown snippet " + e.name);
            }
            return DynamicContainer.dynamicContainer(e.name, Stream.of(
                    DynamicTest.dynamicTest("error", () -> checkError(snippet, e)),
                    DynamicTest.dynamicTest("end", () -> checkEnd(snippet, e))));
        });
    }

    private static void checkError(Snippet snippet, Expected e) {
        Outcome got = outcome(snippet);
        String problem;
        if (got.error == null) {
            problem = got.other;
        } else {
            SyntaxErrorException x = got.error;
            String want = e.kind + ": " + e.msg + " @ " + e.lineno + ":" + e.offset;
            String have = x.kind + ": " + x.msg + " @ " + x.lineno + ":" + x.offset;
            problem = want.equals(have) ? null : "expected " + want + "\n     got " + have;
        }
        if (problem != null) {
            ERROR_MISMATCHES.put(e.name, problem);
            fail(e.name + ": " + problem + "\nsource:\n" + snippet.display());
        }
    }

    private static void checkEnd(Snippet snippet, Expected e) {
        Outcome got = outcome(snippet);
        if (got.error == null) {
            END_MISMATCHES.put(e.name, got.other);
            fail(e.name + ": " + got.other);
        }
        String want = e.endLineno + ":" + e.endOffset;
        String have = got.error.end_lineno + ":" + got.error.end_offset;
        if (!want.equals(have)) {
            String problem = "end expected " + want + ", got " + have;
            END_MISMATCHES.put(e.name, problem);
            fail(e.name + ": " + problem + "\nsource:\n" + snippet.display());
        }
    }

    private static Outcome outcome(Snippet snippet) {
        return OUTCOMES.computeIfAbsent(snippet.name, n -> assertTimeoutPreemptively(HANG_LIMIT,
                () -> Outcome.of(snippet), () -> snippet.name + " did not finish"));
    }

    @AfterAll
    static void summary() {
        if (total == 0) {
            return;
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> m : new TreeMap<>(ERROR_MISMATCHES).entrySet()) {
            out.append("  ").append(m.getKey()).append(": ")
                    .append(m.getValue().replaceAll("\n\\s*", " | ")).append('\n');
        }
        for (Map.Entry<String, String> m : new TreeMap<>(END_MISMATCHES).entrySet()) {
            if (!ERROR_MISMATCHES.containsKey(m.getKey())) {
                out.append("  ").append(m.getKey()).append(": ").append(m.getValue()).append('\n');
            }
        }
        out.append("syntax errors: ").append(total - ERROR_MISMATCHES.size()).append('/')
                .append(total).append(" match\n");
        out.append("end positions: ").append(total - END_MISMATCHES.size()).append('/')
                .append(total).append(" match\n");
        System.out.print(out);
    }

    /** The result of parsing one snippet: a syntax error, or a description of anything else. */
    private static final class Outcome {
        final SyntaxErrorException error;
        final String other;

        private Outcome(SyntaxErrorException error, String other) {
            this.error = error;
            this.other = other;
        }

        static Outcome of(Snippet snippet) {
            try {
                if (snippet.bytes != null) {
                    Parser.parseFile(snippet.bytes);
                } else {
                    Parser.parse(snippet.text, Parser.Mode.EXEC);
                }
                return new Outcome(null, "parsed without error (CPython rejects it)");
            } catch (SyntaxErrorException e) {
                return new Outcome(e, null);
            } catch (RuntimeException | Error e) {
                return new Outcome(null, "escaped Java exception " + e.getClass().getName()
                        + ": " + e.getMessage());
            }
        }
    }

    /** One snippet of the corpus: decoded text, or raw file bytes for '@file' snippets. */
    static final class Snippet {
        final String name;
        final String text;
        final byte[] bytes;

        private Snippet(String name, String text, byte[] bytes) {
            this.name = name;
            this.text = text;
            this.bytes = bytes;
        }

        String display() {
            String shown = text != null ? text : new String(bytes, StandardCharsets.ISO_8859_1);
            return shown.replace("\t", "<TAB>").replace("\r", "<CR>").replace("\0", "<NUL>");
        }

        /** Reads snippets.txt; the format is described in that file's leading comment. */
        static Map<String, Snippet> readAll() {
            String all = new String(resource("snippets.txt"), StandardCharsets.UTF_8);
            Map<String, Snippet> snippets = new LinkedHashMap<>();
            String[] header = null;
            List<String> body = new ArrayList<>();
            for (String line : (all + "\n### <end>").split("\n", -1)) {
                if (line.startsWith("### ")) {
                    if (header != null) {
                        Snippet s = finish(header, body);
                        if (snippets.put(s.name, s) != null) {
                            fail("duplicate snippet name " + s.name);
                        }
                    }
                    header = line.substring(4).trim().split(" +");
                    body.clear();
                } else if (header != null) {
                    body.add(line);
                }
            }
            return snippets;
        }

        private static Snippet finish(String[] header, List<String> body) {
            boolean newline = true;
            for (int i = 1; i < header.length; i++) {
                if (header[i].startsWith("@")) {
                    return new Snippet(header[0], null, resource(header[i].substring(1)));
                }
                newline &= !header[i].equals("!nonl");
            }
            int end = body.size();
            while (end > 0 && body.get(end - 1).isEmpty()) {
                end--;
            }
            String text = String.join("\n", body.subList(0, end)) + (newline ? "\n" : "");
            return new Snippet(header[0], text, null);
        }
    }

    /** One row of expected.tsv: CPython's exception for the snippet of that name. */
    static final class Expected {
        final String name;
        final String kind;
        final String msg;
        final int lineno;
        final int offset;
        final int endLineno;
        final int endOffset;

        private Expected(String[] f) {
            name = f[0];
            kind = f[1];
            msg = unescape(f[2]);
            lineno = line(f[3]);
            offset = Integer.parseInt(f[4]);
            endLineno = line(f[5]);
            endOffset = Integer.parseInt(f[6]);
        }

        static List<Expected> readAll() {
            List<Expected> rows = new ArrayList<>();
            String all = new String(resource("expected.tsv"), StandardCharsets.UTF_8);
            for (String line : all.split("\n")) {
                if (!line.isEmpty()) {
                    rows.add(new Expected(line.split("\t", -1)));
                }
            }
            return rows;
        }

        /**
         * A recorded line number; the recorder writes CPython's None as -1, which
         * {@link SyntaxErrorException} spells 0 (as CPython itself does for encoding errors).
         */
        private static int line(String field) {
            int n = Integer.parseInt(field);
            return n == -1 ? 0 : n;
        }

        /** Undoes the recorder's escaping of backslash, tab, CR and LF. */
        private static String unescape(String s) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    char n = s.charAt(++i);
                    b.append(n == 't' ? '\t' : n == 'r' ? '\r' : n == 'n' ? '\n' : n);
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = SyntaxErrorMessagesTest.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + DIR + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
