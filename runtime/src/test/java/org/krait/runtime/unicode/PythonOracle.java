package org.krait.runtime.unicode;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a python3 3.11 script once and returns what it wrote. The script gets the input file as
 * {@code sys.argv[1]} and writes its answer (UTF-8) to {@code sys.argv[2]}. Without python3 3.11
 * the calling test is skipped, with the reason printed.
 */
final class PythonOracle {
    private PythonOracle() {
    }

    static List<String> run(String script, List<String> input) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("krait-ucd");
        try {
            Path py = dir.resolve("oracle.py");
            Path in = dir.resolve("in.txt");
            Path out = dir.resolve("out.txt");
            Files.writeString(py, "import sys\nif sys.version_info[:2] != (3, 11):\n    sys.exit(3)\n" + script);
            Files.write(in, input, StandardCharsets.UTF_8);
            Process p;
            try {
                ProcessBuilder pb = new ProcessBuilder("python3", py.toString(), in.toString(), out.toString())
                        .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile());
                pb.environment().put("PYTHONUTF8", "1");
                p = pb.start();
            } catch (IOException e) {
                System.err.println("*** SKIPPED: python3 not found on PATH: " + e.getMessage());
                assumeTrue(false, "python3 not found");
                throw e;
            }
            if (!p.waitFor(600, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("python3 oracle timed out");
            }
            if (p.exitValue() == 3) {
                System.err.println("*** SKIPPED: python3 is not CPython 3.11, the Unicode oracle");
                assumeTrue(false, "python3 is not 3.11");
            }
            if (p.exitValue() != 0) {
                throw new IOException("python3 oracle failed: " + Files.readString(dir.resolve("log.txt")));
            }
            return Files.readAllLines(out, StandardCharsets.UTF_8);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    /** Code points as space-separated hex, the exchange format for strings. */
    static String hex(int[] s) {
        StringBuilder b = new StringBuilder();
        for (int cp : s) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(Integer.toHexString(cp));
        }
        return b.toString();
    }

    /** The inverse of {@link #hex(int[])}. */
    static int[] unhex(String s) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = s.split(" ");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i], 16);
        }
        return out;
    }

    /** Python helpers shared by the scripts: hex exchange of strings. */
    static final String PY_HELPERS = ""
            + "def unhex(line):\n"
            + "    return ''.join(chr(int(x, 16)) for x in line.split())\n"
            + "def hexs(s):\n"
            + "    return ' '.join('%x' % ord(c) for c in s)\n"
            + "def inputs():\n"
            + "    with open(sys.argv[1]) as f:\n"
            + "        return [unhex(l.rstrip('\\n')) for l in f]\n";

    /** Deterministic tricky strings drawn from {@code pool}, plus the pool's characters alone. */
    static List<int[]> randomStrings(int[] pool, int count, long seed) {
        java.util.Random r = new java.util.Random(seed);
        List<int[]> out = new ArrayList<>();
        for (int cp : pool) {
            out.add(new int[] {cp});
        }
        for (int i = 0; i < count; i++) {
            int[] s = new int[1 + r.nextInt(8)];
            for (int k = 0; k < s.length; k++) {
                s[k] = pool[r.nextInt(pool.length)];
            }
            out.add(s);
        }
        return out;
    }
}
