package org.krait.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.krait.compiler.ast.AstDump;
import org.krait.compiler.parser.Parser;
import org.krait.compiler.source.SyntaxErrorException;

/**
 * The front end's acceptance test: every {@code .py} file of the local CPython 3.11 standard
 * library (outside {@code site-packages}) must give the same {@code ast.dump(...,
 * include_attributes=True)} text as CPython, or the same error type, message, line and offset.
 * One python3 process ({@code stdlib_oracle.py}) streams CPython's results while Krait parses the
 * same files; the test fails when fewer than 99.5% of the files agree.
 */
class StdlibFidelityTest {

    private static final double REQUIRED = 0.995;
    private static final int SHOWN_DIFFERENCES = 20;
    private static final int CONTEXT = 100;
    /** Not a speed target: a guard against a hang, generous for a loaded shared machine. */
    private static final long TIME_LIMIT_SECONDS = 600;
    private static final long STACK_BYTES = 512L << 20;

    /** What parsing one file gave: a dump, or an error rendered as "Type msg (lineno, offset)". */
    private static final class Outcome {
        String dump;
        String error;
        Throwable crash;
    }

    private volatile String current = "";

    @Test
    void kraitParsesTheStdlibLikeCPython(@TempDir Path tmp) throws Exception {
        assumePython311();
        Path stdlib = Path.of(pythonOutput("import sysconfig; print(sysconfig.get_paths()['stdlib'])").strip());
        List<Path> files = sources(stdlib);
        Path listing = tmp.resolve("files.txt");
        Files.write(listing, files.stream().map(Path::toString).collect(Collectors.toList()), StandardCharsets.UTF_8);
        Path oracle = tmp.resolve("stdlib_oracle.py");
        try (InputStream in = StdlibFidelityTest.class.getResourceAsStream("stdlib_oracle.py")) {
            Files.copy(in, oracle);
        }
        Process python = new ProcessBuilder("python3", oracle.toString(), listing.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        python.getOutputStream().close();

        List<String> differences = new ArrayList<>();
        List<String> crashed = new ArrayList<>();
        // Krait's exceptions grouped by class, message and throwing frame: the files that hit each.
        Map<String, List<Path>> crashes = new LinkedHashMap<>();
        int[] identical = {0};
        Throwable[] failure = {null};
        Thread worker = new Thread(null, () -> {
            try (InputStream in = new BufferedInputStream(python.getInputStream(), 1 << 16)) {
                for (Path file : files) {
                    current = file.toString();
                    Outcome theirs = readRecord(in, file);
                    Outcome mine = parse(file);
                    String difference = compare(theirs, mine);
                    if (difference == null) {
                        identical[0]++;
                    } else {
                        // Wrong results are listed before crashes, which are also summarised below.
                        (mine.crash == null ? differences : crashed).add(stdlib.relativize(file) + ": " + difference);
                        if (mine.crash != null) {
                            crashes.computeIfAbsent(describe(mine.crash), k -> new ArrayList<>()).add(stdlib.relativize(file));
                        }
                    }
                }
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "stdlib-fidelity", STACK_BYTES);
        worker.setDaemon(true);
        long start = System.nanoTime();
        worker.start();
        worker.join(TimeUnit.SECONDS.toMillis(TIME_LIMIT_SECONDS));
        if (worker.isAlive()) {
            python.destroyForcibly();
            fail("stdlib fidelity: not finished after " + TIME_LIMIT_SECONDS + " s; Krait was parsing " + current);
        }
        python.waitFor();
        if (failure[0] != null) {
            throw new AssertionError("stdlib fidelity: the comparison itself failed near " + current, failure[0]);
        }
        differences.addAll(crashed);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        int total = files.size();
        double ratio = (double) identical[0] / total;
        StringBuilder report = new StringBuilder();
        report.append(String.format("stdlib fidelity: %d/%d files identical (%.2f%%) in %d s%n",
                identical[0], total, 100 * ratio, seconds));
        for (int i = 0; i < Math.min(SHOWN_DIFFERENCES, differences.size()); i++) {
            report.append("--- ").append(differences.get(i)).append('\n');
        }
        if (differences.size() > SHOWN_DIFFERENCES) {
            report.append("... and ").append(differences.size() - SHOWN_DIFFERENCES).append(" more differing files\n");
        }
        if (!crashes.isEmpty()) {
            report.append("Java exceptions thrown by Krait:\n");
            crashes.entrySet().stream().limit(SHOWN_DIFFERENCES).forEach(c -> report.append(c.getValue().size())
                    .append(" files (first ").append(c.getValue().get(0)).append("): ").append(c.getKey()).append('\n'));
        }
        System.out.print(report);
        assertTrue(ratio >= REQUIRED, String.format("only %.2f%% of the stdlib files agree with CPython, %.1f%% needed:%n%s",
                100 * ratio, 100 * REQUIRED, report));
    }

    private static List<Path> sources(Path stdlib) throws IOException {
        try (Stream<Path> walk = Files.walk(stdlib)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".py") && Files.isRegularFile(p))
                    .filter(p -> {
                        for (Path part : stdlib.relativize(p)) {
                            if (part.toString().equals("site-packages")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static Outcome parse(Path file) throws IOException {
        byte[] source = Files.readAllBytes(file);
        Outcome outcome = new Outcome();
        try {
            outcome.dump = AstDump.dump(Parser.parseFile(source));
        } catch (SyntaxErrorException e) {
            outcome.error = errorKey(e.kind.name(), e.msg, e.lineno, e.offset);
        } catch (Throwable e) {
            outcome.crash = e;
        }
        return outcome;
    }

    private static String errorKey(String type, String msg, int lineno, int offset) {
        return type + ": " + msg + " (line " + lineno + ", offset " + offset + ")";
    }

    /** Reads CPython's record for {@code file}: a dump or an error (see stdlib_oracle.py). */
    private static Outcome readRecord(InputStream in, Path file) throws IOException {
        String header = readLine(in);
        if (header == null) {
            throw new IOException("python3 stopped before " + file);
        }
        Outcome outcome = new Outcome();
        String[] fields = header.split(" ");
        if (fields[0].equals("D")) {
            outcome.dump = new String(in.readNBytes(Integer.parseInt(fields[1])), StandardCharsets.UTF_8);
        } else {
            String msg = fields[4].equals("-") ? "" : new String(HexFormat.of().parseHex(fields[4]), StandardCharsets.UTF_8);
            outcome.error = errorKey(fields[1], msg, Integer.parseInt(fields[2]), Integer.parseInt(fields[3]));
        }
        return outcome;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return null;
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    /** Null when the outcomes agree, else what differs. */
    private static String compare(Outcome theirs, Outcome mine) {
        if (mine.crash != null) {
            return "Krait threw " + mine.crash.getClass().getName() + "; CPython gave "
                    + (theirs.error != null ? theirs.error : "a tree");
        }
        if (theirs.error != null) {
            if (theirs.error.equals(mine.error)) {
                return null;
            }
            return "CPython: " + theirs.error + "\n    Krait:  " + (mine.error != null ? mine.error : "a tree");
        }
        if (mine.error != null) {
            return "CPython gave a tree; Krait: " + mine.error;
        }
        if (theirs.dump.equals(mine.dump)) {
            return null;
        }
        int at = 0;
        int limit = Math.min(theirs.dump.length(), mine.dump.length());
        while (at < limit && theirs.dump.charAt(at) == mine.dump.charAt(at)) {
            at++;
        }
        return "dumps differ at char " + at + "\n    CPython: " + excerpt(theirs.dump, at) + "\n    Krait:   " + excerpt(mine.dump, at);
    }

    private static String excerpt(String s, int at) {
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(s.length(), at + CONTEXT);
        return (from > 0 ? "..." : "") + s.substring(from, at) + " >>>" + s.substring(at, to) + (to < s.length() ? "..." : "");
    }

    private static String describe(Throwable e) {
        StringBuilder s = new StringBuilder(e.toString());
        StackTraceElement[] frames = e.getStackTrace();
        for (int i = 0; i < Math.min(6, frames.length); i++) {
            s.append("\n        at ").append(frames[i]);
        }
        return s.toString();
    }

    private static void assumePython311() {
        String version;
        try {
            version = pythonOutput("import sys; print('%d.%d' % sys.version_info[:2])").strip();
        } catch (IOException | InterruptedException e) {
            version = "none (" + e.getMessage() + ")";
        }
        if (!version.equals("3.11")) {
            System.err.println("!!!!! StdlibFidelityTest SKIPPED: it needs python3 = CPython 3.11 on PATH as the oracle; found: "
                    + version + " !!!!!");
        }
        assumeTrue(version.equals("3.11"), "python3 3.11 needed, found " + version);
    }

    private static String pythonOutput(String code) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-c", code).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("python3 -c failed");
        }
        return out;
    }
}
