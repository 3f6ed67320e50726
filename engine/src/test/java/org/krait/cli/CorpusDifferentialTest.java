package org.krait.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.krait.runtime.memory.RefCheck;

/**
 * Runs every program of the corpus {@code src-it/cases/<area>/<name>.py} through the compiler and
 * the interpreter in this JVM (a fresh interpreter each, on a large-stack thread) and compares
 * exit status, stdout and stderr with the recorded CPython 3.11 output in {@code <name>.expected}.
 * It prints how many are identical and which differ, and fails only when a program listed in
 * {@code src-it/cases/passing.txt} stops being identical, so the suite stays green while the
 * interpreter grows. Every program runs in the checking mode ({@code -X refcheck}): a reference
 * count lower than the references tracked objects hold, seen by a collection or by the check of
 * everything left when the program ends, makes the program fail.
 */
@DisplayName("Corpus programs behave as under CPython 3.11")
class CorpusDifferentialTest {

    private static final Path CASES = Path.of("..", "src-it", "cases").toAbsolutePath().normalize();
    private static final long TIMEOUT_MS = 10_000;

    /** The recorded behaviour of one run. */
    record Outcome(int exit, String stdout, String stderr) {
    }

    @Test
    @DisplayName("every program on the allow-list is identical; the others are counted")
    void corpus() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CASES), "no corpus at " + CASES + ": merge the 'corpus' branch");
        List<Path> programs;
        try (Stream<Path> s = Files.walk(CASES)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        Set<String> allowed = readAllowList();
        List<String> failures = new ArrayList<>();
        Set<String> identical = new TreeSet<>();
        for (Path py : programs) {
            String name = CASES.relativize(py).toString();
            Path expectedFile = Path.of(py.toString().replaceAll("\\.py$", ".expected"));
            if (!Files.exists(expectedFile)) {
                continue;
            }
            Outcome expected = parseExpected(Files.readString(expectedFile, StandardCharsets.UTF_8));
            Outcome actual;
            List<String> countingMistakes;
            RefCheck.enable(true);
            try {
                actual = run(py);
            } finally {
                RefCheck.enable(false);
                countingMistakes = RefCheck.drain();
            }
            if (!countingMistakes.isEmpty()) {
                failures.add(name + " (" + countingMistakes.size() + " counting mistakes; first: " + countingMistakes.get(0) + ")");
            } else if (expected.equals(actual)) {
                identical.add(name);
            } else {
                failures.add(name + describe(expected, actual));
            }
        }
        int total = identical.size() + failures.size();
        System.out.println("CorpusDifferentialTest: " + identical.size() + "/" + total + " programs identical");
        System.out.println("CorpusDifferentialTest: " + failures.size() + " PROGRAMS NOT YET PASSING:");
        for (String f : failures) {
            System.out.println("  " + f);
        }
        List<String> regressions = new ArrayList<>();
        for (String a : allowed) {
            if (!identical.contains(a)) {
                regressions.add(a);
            }
        }
        for (String name : identical) {
            System.out.println("CorpusDifferentialTest: IDENTICAL " + name);
        }
        Set<String> newlyPassing = new TreeSet<>(identical);
        newlyPassing.removeAll(allowed);
        if (!newlyPassing.isEmpty()) {
            System.out.println("CorpusDifferentialTest: " + newlyPassing.size()
                    + " identical programs are not on the allow-list yet (add them to src-it/cases/passing.txt)");
        }
        assertTrue(regressions.isEmpty(), "allow-listed programs no longer identical: " + regressions);
    }

    private static Set<String> readAllowList() throws IOException {
        Path list = CASES.resolve("passing.txt");
        Set<String> out = new LinkedHashSet<>();
        if (Files.exists(list)) {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static String describe(Outcome expected, Outcome actual) {
        if (expected.exit != actual.exit) {
            return " (exit " + actual.exit + ", expected " + expected.exit + firstLine(actual.stderr) + ")";
        }
        if (!expected.stdout.equals(actual.stdout)) {
            return " (stdout differs" + firstDifference(expected.stdout, actual.stdout) + ")";
        }
        return " (stderr differs" + firstDifference(expected.stderr, actual.stderr) + ")";
    }

    private static String firstLine(String s) {
        String[] lines = s.strip().split("\n");
        return lines.length == 0 || lines[0].isEmpty() ? "" : "; " + lines[lines.length - 1];
    }

    private static String firstDifference(String e, String a) {
        String[] el = e.split("\n", -1);
        String[] al = a.split("\n", -1);
        for (int i = 0; i < Math.max(el.length, al.length); i++) {
            String x = i < el.length ? el[i] : "<missing>";
            String y = i < al.length ? al[i] : "<missing>";
            if (!x.equals(y)) {
                return ": line " + (i + 1) + " expected [" + abbreviate(x) + "] got [" + abbreviate(y) + "]";
            }
        }
        return "";
    }

    private static String abbreviate(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "..." : s;
    }

    /** Runs one program as {@code krait NAME.py} from its directory (the JVM's own stays), with the path rule applied. */
    static Outcome run(Path py) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int[] status = {-1};
        Thread t = new Thread(null, () -> {
            try {
                status[0] = ScriptRunner.run(py.getFileName().toString(), py.getParent(), o, e);
            } catch (Throwable x) {
                e.print("harness: " + x);
                status[0] = Main.INTERNAL_ERROR;
            }
        }, "corpus-" + py.getFileName(), 512L << 20);
        t.setDaemon(true);
        t.start();
        t.join(TIMEOUT_MS);
        if (t.isAlive()) {
            t.interrupt();
            t.join(2000);
            return new Outcome(-2, "", "timeout");
        }
        String prefix = CASES.toString() + "/";
        return new Outcome(status[0], out.toString(StandardCharsets.UTF_8).replace(prefix, ""),
                err.toString(StandardCharsets.UTF_8).replace(prefix, ""));
    }

    /** Parses the recorder's format (see src-it/cases/README.md). */
    static Outcome parseExpected(String text) {
        byte[] all = text.getBytes(StandardCharsets.UTF_8);
        int[] pos = {0};
        String exitLine = line(all, pos);
        int exit = Integer.parseInt(exitLine.substring("# exit: ".length()).strip());
        String stdout = section(all, pos);
        String stderr = section(all, pos);
        return new Outcome(exit, stdout, stderr);
    }

    private static String section(byte[] all, int[] pos) {
        String header = line(all, pos);
        int n = Integer.parseInt(header.replaceAll("^# \\w+: (\\d+) bytes$", "$1"));
        String body = new String(all, pos[0], n, StandardCharsets.UTF_8);
        pos[0] += n;
        if (n > 0 && all[pos[0] - 1] != '\n' && pos[0] < all.length && all[pos[0]] == '\n') {
            pos[0]++;
        }
        return body;
    }

    private static String line(byte[] all, int[] pos) {
        int start = pos[0];
        while (pos[0] < all.length && all[pos[0]] != '\n') {
            pos[0]++;
        }
        String l = new String(all, start, pos[0] - start, StandardCharsets.UTF_8);
        pos[0]++;
        return l;
    }
}
