package org.krait.compiler.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.krait.compiler.source.SourceTooComplexException;
import org.krait.compiler.source.SyntaxErrorException;

/**
 * Bad or extreme input must end in a parse, a {@link SyntaxErrorException} or the parser's
 * documented limit exception ({@link SourceTooComplexException}, for the cases where CPython
 * raises MemoryError or RecursionError) — never another Java exception, never a hang.
 *
 * <p>Three families: mutants of real stdlib source (tokens deleted, duplicated, swapped;
 * truncation at every position; invalid UTF-8 and NUL bytes inserted); deeply nested and very
 * long constructs whose outcome must be the one CPython's {@code ast.parse} gives (computed live
 * with python3, or read from {@code syntax-errors/deep-outcomes.tsv} without it); and huge
 * inputs (a 1,000,000-character line, a 100,000-line file).
 *
 * <p>This is not a performance test: the time limits are generous and only turn a hang into a
 * failure that names the input being parsed.
 */
class ParserRobustnessTest {

    private static final Duration HANG_LIMIT = Duration.ofSeconds(60);
    private static final Path DEFAULT_STDLIB = Paths.get("/root/.pyenv/versions/3.11.7/lib/python3.11");
    private static final String TRUNCATION_SAMPLE = "/org/krait/compiler/parser/syntax-errors/truncation-sample.py";
    private static final String OUTCOMES_RESOURCE = "/org/krait/compiler/parser/syntax-errors/deep-outcomes.tsv";
    private static final long SEED = 0x4b7a11L;
    private static final int SAMPLE_FILES = 40;
    private static final int MAX_SAMPLE_BYTES = 40_000;
    /** Per sampled file: this many token positions (each deleted, duplicated, swapped) and as many byte insertions. */
    private static final int MUTANTS_PER_FILE = 12;
    private static final String[] FSTRING_QUOTES = {"\"", "'", "\"\"\"", "'''"};
    private static final List<String> TRUNCATED_FILES = List.of("keyword.py", "bisect.py", "colorsys.py");

    /** python3's outcomes for the deep cases, asked once per run (null: no python3). */
    private static Map<String, String> pythonAnswers;
    private static boolean pythonAsked;

    /** The input being parsed, so that a timeout can say which one hung. */
    private volatile String current = "";

    // ---------------------------------------------------------------- mutants of real source

    @Test
    void tokenMutantsOfStdlibFilesFailCleanly() {
        List<Path> files = sampleStdlibFiles();
        List<String> failures = new ArrayList<>();
        Random random = new Random(SEED);
        bounded(() -> {
            for (Path file : files) {
                String source = new String(readBytes(file), StandardCharsets.UTF_8);
                List<int[]> tokens = tokenSpans(source);
                if (tokens.size() < 2) {
                    continue;
                }
                for (int i = 0; i < MUTANTS_PER_FILE; i++) {
                    int t = random.nextInt(tokens.size() - 1);
                    int[] a = tokens.get(t);
                    int[] b = tokens.get(t + 1);
                    String name = file.getFileName() + " token " + t + " '" + source.substring(a[0], a[1]) + "' at " + a[0];
                    checkText(name + " deleted", source.substring(0, a[0]) + source.substring(a[1]), failures);
                    checkText(name + " duplicated", source.substring(0, a[1]) + source.substring(a[0]), failures);
                    checkText(name + " swapped with next", source.substring(0, a[0]) + source.substring(b[0], b[1])
                            + source.substring(a[1], b[0]) + source.substring(a[0], a[1]) + source.substring(b[1]), failures);
                }
            }
        });
        report(failures);
    }

    @Test
    void byteMutantsOfStdlibFilesFailCleanly() {
        List<Path> files = sampleStdlibFiles();
        List<String> failures = new ArrayList<>();
        Random random = new Random(SEED + 1);
        byte[][] badSequences = {
            {(byte) 0x80}, {(byte) 0xbf}, {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xc3}, {(byte) 0xe2, (byte) 0x82},
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xf5}, {(byte) 0xfe}, {(byte) 0xff},
        };
        bounded(() -> {
            for (Path file : files) {
                byte[] source = readBytes(file);
                for (int i = 0; i < MUTANTS_PER_FILE / 2; i++) {
                    int at = random.nextInt(source.length + 1);
                    byte[] bad = badSequences[random.nextInt(badSequences.length)];
                    checkBytes(file.getFileName() + " with invalid UTF-8 " + hex(bad) + " at byte " + at,
                            insert(source, at, bad), failures);
                    int nulAt = random.nextInt(source.length + 1);
                    checkBytes(file.getFileName() + " with NUL at byte " + nulAt,
                            insert(source, nulAt, new byte[] {0}), failures);
                }
            }
        });
        report(failures);
    }

    @Test
    void everyTruncationOfSmallFilesFailsCleanly() {
        Path stdlib = stdlib();
        List<String> failures = new ArrayList<>();
        bounded(() -> {
            for (String name : TRUNCATED_FILES) {
                String source = new String(readBytes(stdlib.resolve(name)), StandardCharsets.UTF_8);
                for (int end = 0; end <= source.length(); end++) {
                    if (end > 0 && end < source.length() && Character.isSurrogatePair(source.charAt(end - 1), source.charAt(end))) {
                        continue;
                    }
                    checkText(name + " truncated to " + end + " chars", source.substring(0, end), failures);
                }
            }
        });
        report(failures);
    }

    /**
     * A hand-written sample packing many constructs (f-strings, non-ASCII and astral text, match,
     * except*, async, continuations) is parsed cut at every character and at every byte.
     */
    @Test
    void everyTruncationOfConstructSampleFailsCleanly() {
        byte[] bytes;
        try (InputStream in = ParserRobustnessTest.class.getResourceAsStream(TRUNCATION_SAMPLE)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String source = new String(bytes, StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        bounded(() -> {
            current = "sample, whole";
            Parser.parseFile(bytes);
            for (int end = 0; end < source.length(); end++) {
                if (end > 0 && Character.isSurrogatePair(source.charAt(end - 1), source.charAt(end))) {
                    continue;
                }
                checkText("sample truncated to " + end + " chars", source.substring(0, end), failures);
            }
            for (int end = 0; end < bytes.length; end++) {
                checkBytes("sample truncated to " + end + " bytes", Arrays.copyOf(bytes, end), failures);
            }
        });
        report(failures);
    }

    // ------------------------------------------------------------------ deep and huge inputs

    /** Each case's outcome must be CPython's: ok, the same SyntaxError kind and message, or the same limit error. */
    @TestFactory
    Stream<DynamicTest> deepAndHugeInputsMatchCPython() {
        Map<String, Supplier<String>> cases = differentialCases();
        Map<String, String> expected = expectedOutcomes(cases);
        return cases.entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> {
            String want = expected.get(c.getKey());
            if (want == null) {
                fail("no recorded CPython outcome for " + c.getKey() + " in " + OUTCOMES_RESOURCE);
            }
            String source = c.getValue().get();
            current = c.getKey();
            String got = bounded(() -> kraitOutcome(source));
            assertEquals(want, got, c.getKey() + " (" + source.length() + " chars: "
                    + abbreviate(source) + ")");
        }));
    }

    /** Without python3 the deep cases use the recording; with it, the recording must be current. */
    @Test
    void recordedOutcomesAreCPythons() {
        Map<String, Supplier<String>> cases = differentialCases();
        Map<String, String> live = pythonOutcomes(cases);
        Assumptions.assumeTrue(live != null, "python3 not found on PATH: the recording cannot be checked");
        String fresh = live.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue() + "\n")
                .collect(Collectors.joining());
        Map<String, String> recorded = recordedOutcomes();
        List<String> stale = live.keySet().stream().filter(k -> !live.get(k).equals(recorded.get(k)))
                .map(k -> k + ": recorded " + recorded.get(k) + ", python3 says " + live.get(k))
                .collect(Collectors.toList());
        if (!stale.isEmpty() || recorded.size() != live.size()) {
            fail("deep-outcomes.tsv is stale (" + String.join("; ", stale) + "); its current content is:\n" + fresh);
        }
    }

    private static Map<String, Supplier<String>> differentialCases() {
        Map<String, Supplier<String>> cases = new LinkedHashMap<>();
        for (int n : new int[] {200, 10_000}) {
            cases.put("parens_" + n, () -> "(".repeat(n) + "1" + ")".repeat(n) + "\n");
            cases.put("brackets_" + n, () -> "[".repeat(n) + "1" + "]".repeat(n) + "\n");
            cases.put("braces_" + n, () -> "{".repeat(n) + "1" + "}".repeat(n) + "\n");
            cases.put("unary_minus_" + n, () -> "-".repeat(n) + "1\n");
            cases.put("not_" + n, () -> "not ".repeat(n) + "x\n");
            cases.put("await_" + n, () -> "async def f():\n    return " + "await ".repeat(n) + "x\n");
            cases.put("await_parenthesized_" + n, () -> "async def f():\n    return " + "await (".repeat(n) + "x" + ")".repeat(n) + "\n");
            cases.put("lambda_" + n, () -> "f = " + "lambda: ".repeat(n) + "0\n");
            cases.put("attribute_" + n, () -> "x" + ".a".repeat(n) + "\n");
            cases.put("call_" + n, () -> "f" + "()".repeat(n) + "\n");
            cases.put("subscript_" + n, () -> "x" + "[0]".repeat(n) + "\n");
            cases.put("fstring_" + n, () -> nested(n, i -> "f" + FSTRING_QUOTES[i % 4] + "{",
                    i -> "}" + FSTRING_QUOTES[i % 4]) + "\n");
            cases.put("comprehension_" + n, () -> nested(n, i -> "[", i -> " for x in y]") + "\n");
            cases.put("if_else_" + n, () -> "a if b else ".repeat(n) + "c\n");
            cases.put("power_" + n, () -> "2" + "**2".repeat(n) + "\n");
        }
        cases.put("fstring_4", () -> nested(4, i -> "f" + FSTRING_QUOTES[i] + "{", i -> "}" + FSTRING_QUOTES[i]) + "\n");
        cases.put("fstring_5", () -> nested(5, i -> "f" + FSTRING_QUOTES[i % 4] + "{", i -> "}" + FSTRING_QUOTES[i % 4]) + "\n");
        for (int n : new int[] {99, 100, 1000}) {
            cases.put("blocks_" + n, () -> {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    b.append(" ".repeat(i)).append("if x:\n");
                }
                return b.append(" ".repeat(n)).append("pass\n").toString();
            });
        }
        cases.put("binary_chain_100000", () -> "1" + "+1".repeat(100_000) + "\n");
        cases.put("and_chain_100000", () -> "x" + " and x".repeat(100_000) + "\n");
        cases.put("comparison_chain_100000", () -> "x" + " < x".repeat(100_000) + "\n");
        cases.put("string_concatenation_100000", () -> "s = " + "'a' ".repeat(100_000) + "\n");
        cases.put("line_1000000_list", () -> "x = [" + "0, ".repeat(333_333) + "]\n");
        cases.put("line_1000000_string", () -> "x = '" + "a".repeat(1_000_000) + "'\n");
        cases.put("line_1000000_name", () -> "x = " + "a".repeat(1_000_000) + "\n");
        cases.put("line_1000000_unclosed_list", () -> "x = [" + "0, ".repeat(333_333) + "\n");
        cases.put("lines_100000", () -> "x = 1\n".repeat(50_000) + "def f(a):\n    return a\n".repeat(25_000));
        cases.put("lines_100000_error_at_end", () -> "x = 1\n".repeat(99_999) + "x = (1 2)\n");
        return cases;
    }

    /** Krait's outcome in python3's terms: "ok\t", "Kind\tmsg", or the limit's Python type. */
    private static String kraitOutcome(String source) {
        try {
            Parser.parse(source, Parser.Mode.EXEC);
            return "ok\t";
        } catch (SyntaxErrorException e) {
            return e.kind + "\t" + e.msg;
        } catch (SourceTooComplexException e) {
            return e.pythonType;
        } catch (RuntimeException | Error e) {
            return "escaped " + describe(e);
        }
    }

    private Map<String, String> expectedOutcomes(Map<String, Supplier<String>> cases) {
        Map<String, String> live = pythonOutcomes(cases);
        if (live != null) {
            return live;
        }
        System.err.println("*** python3 not found on PATH: ParserRobustnessTest compares deep inputs with the "
                + "outcomes recorded in " + OUTCOMES_RESOURCE + " ***");
        return recordedOutcomes();
    }

    private static Map<String, String> recordedOutcomes() {
        Map<String, String> outcomes = new LinkedHashMap<>();
        try (InputStream in = ParserRobustnessTest.class.getResourceAsStream(OUTCOMES_RESOURCE)) {
            if (in == null) {
                fail("missing resource " + OUTCOMES_RESOURCE);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    outcomes.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return outcomes;
    }

    /** CPython's {@code ast.parse} outcome per case ("Kind\tmsg"), or null when python3 is absent. */
    private static synchronized Map<String, String> pythonOutcomes(Map<String, Supplier<String>> cases) {
        if (!pythonAsked) {
            pythonAsked = true;
            pythonAnswers = askPython(cases);
        }
        return pythonAnswers;
    }

    private static Map<String, String> askPython(Map<String, Supplier<String>> cases) {
        String python = findPython();
        if (python == null) {
            return null;
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("krait-deep");
            for (Map.Entry<String, Supplier<String>> c : cases.entrySet()) {
                Files.writeString(dir.resolve(c.getKey() + ".py"), c.getValue().get(), StandardCharsets.UTF_8);
            }
            String script = String.join("\n",
                    "import ast, os, sys, warnings",
                    "warnings.simplefilter('ignore')",
                    "d = sys.argv[1]",
                    "for f in sorted(os.listdir(d)):",
                    "    src = open(os.path.join(d, f), encoding='utf-8', newline='').read()",
                    "    try:",
                    "        ast.parse(src)",
                    "        r = 'ok\\t'",
                    "    except SyntaxError as e:",
                    "        r = type(e).__name__ + '\\t' + str(e.msg)",
                    "    except (MemoryError, RecursionError) as e:",
                    "        r = type(e).__name__",
                    "    print(f[:-3] + '\\t' + r, flush=True)",
                    "");
            Process p = new ProcessBuilder(python, "-c", script, dir.toString()).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                fail("python3 failed on the deep cases:\n" + new String(out, StandardCharsets.UTF_8));
            }
            Map<String, String> byName = new LinkedHashMap<>();
            for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    byName.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
            Map<String, String> inCaseOrder = new LinkedHashMap<>();
            for (String name : cases.keySet()) {
                inCaseOrder.put(name, byName.get(name));
            }
            return inCaseOrder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            deleteTree(dir);
        }
    }

    // -------------------------------------------------------------------------------- helpers

    private void checkText(String description, String source, List<String> failures) {
        current = description;
        try {
            Parser.parse(source, Parser.Mode.EXEC);
        } catch (SyntaxErrorException | SourceTooComplexException e) {
            return;
        } catch (RuntimeException | Error e) {
            failures.add(description + ": " + describe(e));
        }
    }

    private void checkBytes(String description, byte[] source, List<String> failures) {
        current = description;
        try {
            Parser.parseFile(source);
        } catch (SyntaxErrorException | SourceTooComplexException e) {
            return;
        } catch (RuntimeException | Error e) {
            failures.add(description + ": " + describe(e));
        }
    }

    private static void report(List<String> failures) {
        if (!failures.isEmpty()) {
            fail(failures.size() + " inputs escaped with a Java exception; the first ones:\n  "
                    + failures.stream().limit(25).collect(Collectors.joining("\n  ")));
        }
    }

    private void bounded(Runnable work) {
        bounded(() -> {
            work.run();
            return null;
        });
    }

    private <T> T bounded(Supplier<T> work) {
        return assertTimeoutPreemptively(HANG_LIMIT, work::get, () -> "did not finish; parsing " + current);
    }

    private static String describe(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        StringBuilder b = new StringBuilder(e.getClass().getName()).append(": ").append(e.getMessage());
        for (int i = 0; i < Math.min(3, trace.length); i++) {
            b.append("\n      at ").append(trace[i]);
        }
        return b.toString();
    }

    /**
     * Spans {start, end} of the source's tokens for mutation: runs of identifier characters, and
     * every other non-blank character on its own. Cruder than the real tokenizer on purpose.
     */
    private static List<int[]> tokenSpans(String s) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                    i++;
                }
                spans.add(new int[] {start, i});
            } else {
                int width = Character.charCount(s.codePointAt(i));
                spans.add(new int[] {i, i + width});
                i += width;
            }
        }
        return spans;
    }

    /** A deterministic sample of the stdlib's .py files (no site-packages, at most 40 KB each). */
    private static List<Path> sampleStdlibFiles() {
        Path stdlib = stdlib();
        List<Path> all;
        try (Stream<Path> walk = Files.walk(stdlib)) {
            all = walk.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !stdlib.relativize(p).toString().contains("site-packages"))
                    .filter(p -> p.toFile().length() <= MAX_SAMPLE_BYTES)
                    .sorted(Comparator.comparing(Path::toString))
                    .collect(Collectors.toCollection(ArrayList::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Collections.shuffle(all, new Random(SEED));
        return all.subList(0, Math.min(SAMPLE_FILES, all.size()));
    }

    private static Path stdlib() {
        Path dir = DEFAULT_STDLIB;
        String python = findPython();
        if (python != null) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.isDirectory(Paths.get(out))) {
                    dir = Paths.get(out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (!Files.isDirectory(dir)) {
            System.err.println("*** no CPython stdlib found (python3 absent and " + DEFAULT_STDLIB
                    + " missing): mutation tests skipped ***");
        }
        Assumptions.assumeTrue(Files.isDirectory(dir), "no CPython stdlib to mutate");
        return dir;
    }

    private static String findPython() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(File.pathSeparator)) {
            File f = new File(d, "python3");
            if (f.isFile() && f.canExecute()) {
                return f.getPath();
            }
        }
        return null;
    }

    private static byte[] readBytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] insert(byte[] source, int at, byte[] extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(source.length + extra.length);
        out.write(source, 0, at);
        out.write(extra, 0, extra.length);
        out.write(source, at, source.length - at);
        return out.toByteArray();
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) {
            b.append(String.format("%02x", x & 0xff));
        }
        return b.toString();
    }

    /** {@code x} inside {@code depth} levels: level 0 is innermost, each opened and closed by the functions. */
    private static String nested(int depth, IntFunction<String> open, IntFunction<String> close) {
        StringBuilder b = new StringBuilder();
        for (int i = depth - 1; i >= 0; i--) {
            b.append(open.apply(i));
        }
        b.append('x');
        for (int i = 0; i < depth; i++) {
            b.append(close.apply(i));
        }
        return b.toString();
    }

    private static String abbreviate(String s) {
        String oneLine = s.replace("\n", "\\n");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 60) + "..." + oneLine.substring(oneLine.length() - 20);
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
