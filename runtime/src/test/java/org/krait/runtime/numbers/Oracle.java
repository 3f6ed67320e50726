package org.krait.runtime.numbers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;

/**
 * Differential cases against CPython 3.11: each case is a Python expression and the Java
 * computation that must render the same way ({@link #render}). Python runs once per batch.
 */
final class Oracle {
    private static final String SCRIPT = String.join("\n",
            "import sys, math",
            "def h(s):",
            "    return s.encode('utf-8', 'surrogatepass').hex() or '-'",
            "for line in sys.stdin:",
            "    src = bytes.fromhex(line.strip()).decode('utf-8', 'surrogatepass')",
            "    try:",
            "        v = eval(src)",
            "        sys.set_int_max_str_digits(0)",
            "        r = repr(v)",
            "    except Exception as e:",
            "        r = '!' + type(e).__name__ + ': ' + str(e)",
            "    sys.set_int_max_str_digits(4300)",
            "    print(h(r), flush=False)",
            "");

    private final String name;
    private final List<String> exprs = new ArrayList<>();
    private final List<Supplier<Object>> javas = new ArrayList<>();
    private final List<Boolean> ulpTolerant = new ArrayList<>();

    Oracle(String name) {
        this.name = name;
    }

    /** Adds a case: Python expression {@code expr} against the Java computation {@code java}. */
    void add(String expr, Supplier<Object> java) {
        exprs.add(expr);
        javas.add(java);
        ulpTolerant.add(false);
    }

    /**
     * Adds a case whose float result may differ from CPython's by one ulp: CPython calls the C
     * library's pow, which is not correctly rounded in every case; Krait's is (or is fdlibm's).
     */
    void addWithinUlp(String expr, Supplier<Object> java) {
        add(expr, java);
        ulpTolerant.set(ulpTolerant.size() - 1, true);
    }

    int size() {
        return exprs.size();
    }

    /** Runs python3 over every case, compares, prints the figure and fails listing mismatches. */
    void check() throws IOException, InterruptedException {
        List<String> expected = ask(exprs);
        int agree = 0;
        int ulp = 0;
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < exprs.size(); i++) {
            String got = run(javas.get(i));
            if (got.equals(expected.get(i))) {
                agree++;
            } else if (ulpTolerant.get(i) && withinUlp(got, expected.get(i))) {
                ulp++;
            } else if (bad.size() < 25) {
                bad.add(cut(exprs.get(i)) + "\n    python: " + cut(expected.get(i)) + "\n    krait:  " + cut(got));
            }
        }
        System.out.printf("%s: %,d/%,d agree%s%n", name, agree, exprs.size(),
                ulp == 0 ? "" : String.format(" (%,d more within libm rounding (1 ulp, or 1e-14 of a complex modulus))", ulp));
        assertTrue(bad.isEmpty(), name + ": " + (exprs.size() - agree - ulp) + " disagree, e.g.\n" + String.join("\n", bad));
    }

    private static boolean withinUlp(String a, String b) {
        if (a.startsWith("(") && b.startsWith("(")) {
            String[] x = a.substring(1, a.length() - 1).split(", ");
            String[] y = b.substring(1, b.length() - 1).split(", ");
            try {
                // Complex results go through sin/cos/atan2, where libm and Java differ by ulps
                // relative to the modulus: compare at that scale.
                double scale = Math.max(Math.abs(Double.parseDouble(y[0])), Math.abs(Double.parseDouble(y[1])));
                return x.length == 2 && y.length == 2 && near(x[0], y[0], scale) && near(x[1], y[1], scale);
            } catch (NumberFormatException notFloats) {
                return false;
            }
        }
        try {
            double x = Double.parseDouble(a);
            double y = Double.parseDouble(b);
            return Math.nextUp(x) == y || Math.nextDown(x) == y;
        } catch (NumberFormatException notAFloat) {
            return false;
        }
    }

    private static boolean near(String a, String b, double scale) {
        double x = Double.parseDouble(a);
        double y = Double.parseDouble(b);
        return x == y || Math.abs(x - y) <= 4 * Math.ulp(y) || Math.abs(x - y) <= 1e-14 * scale;
    }

    private static String cut(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }

    private static String run(Supplier<Object> java) {
        try {
            return render(java.get());
        } catch (NumericError e) {
            return "!" + e.pythonType() + ": " + e.getMessage();
        } catch (RuntimeException e) {
            return "!java " + e;
        }
    }

    /** The Python repr of a Java result. */
    static String render(Object v) {
        if (v instanceof Long || v instanceof BigInteger) {
            return v.toString();
        }
        if (v instanceof Double) {
            return FloatText.repr((Double) v);
        }
        if (v instanceof Boolean) {
            return (Boolean) v ? "True" : "False";
        }
        if (v instanceof String) {
            return Repr.str((String) v);
        }
        if (v instanceof double[]) {
            double[] d = (double[]) v;
            return "(" + FloatText.repr(d[0]) + ", " + FloatText.repr(d[1]) + ")";
        }
        if (v instanceof Object[]) {
            Object[] a = (Object[]) v;
            return "(" + render(a[0]) + ", " + render(a[1]) + ")";
        }
        if (v instanceof Raw) {
            return ((Raw) v).text();
        }
        throw new IllegalArgumentException("cannot render " + v);
    }

    /** A result already rendered as Python would print it. */
    record Raw(String text) {
    }

    static String findPython() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            File f = new File(dir, "python3");
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        return null;
    }

    private static List<String> ask(List<String> exprs) throws IOException, InterruptedException {
        String python = findPython();
        if (python == null) {
            System.err.println("*** python3 not found on PATH: differential numeric tests SKIPPED ***");
        }
        Assumptions.assumeTrue(python != null, "python3 not found on PATH: differential numeric tests SKIPPED");
        Process version = new ProcessBuilder(python, "-c", "import sys; print(sys.version_info[:2] == (3, 11))").start();
        String is311 = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        version.waitFor();
        if (!"True".equals(is311)) {
            System.err.println("*** python3 is not CPython 3.11: differential numeric tests SKIPPED ***");
        }
        Assumptions.assumeTrue("True".equals(is311), "python3 is not 3.11: differential numeric tests SKIPPED");
        Path script = Files.createTempFile("numbers_oracle", ".py");
        try {
            Files.writeString(script, SCRIPT);
            Process p = new ProcessBuilder(python, script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Thread feeder = new Thread(() -> {
                try (Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
                    for (String s : exprs) {
                        w.write(HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8)));
                        w.write('\n');
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            feeder.start();
            List<String> out = new ArrayList<>(exprs.size());
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;) {
                    String hex = line.trim();
                    out.add(hex.equals("-") ? "" : new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8));
                }
            }
            feeder.join();
            p.waitFor();
            if (out.size() != exprs.size()) {
                throw new IllegalStateException("python3 answered " + out.size() + " of " + exprs.size());
            }
            return out;
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
