package org.krait.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

/**
 * The embedding costs of Krait's JSR-223 engine, through {@code javax.script} only, as a host pays
 * them; see bench/README.md ("jsr223"). Modes: {@code all} (the default: the cold start in fresh
 * JVMs, then the warm figures in this one), {@code cold}, {@code warm}, {@code drop} (the heap
 * and Metaspace left by engines created, used and dropped without {@code close()}) and
 * {@code first-eval} (what each fresh JVM of the cold start runs).
 */
public final class Jsr223Bench {

    private Jsr223Bench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "all";
        switch (mode) {
            case "first-eval":
                firstEval();
                break;
            case "cold":
                cold(args.length > 1 ? Integer.parseInt(args[1]) : 10, false);
                cold(args.length > 1 ? Integer.parseInt(args[1]) : 10, true);
                break;
            case "warm":
                warm();
                break;
            case "drop":
                drop(args.length > 1 ? Integer.parseInt(args[1]) : 1000);
                break;
            default:
                cold(10, false);
                cold(10, true);
                warm();
        }
    }

    /**
     * What a fresh JVM does: find the engine, evaluate 1+1, print the result, the JVM's uptime and
     * the engine's name (Krait, or Jython when the script runs this with Jython's jar instead).
     */
    private static void firstEval() throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");
        Object r = engine.eval("1+1");
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.println(r + " " + uptime + " " + engine.getFactory().getEngineName().replace(' ', '_'));
    }

    /**
     * Fresh JVMs, one after the other: wall time from starting the process to its exit. With
     * {@code cds}, the JVMs map the classes a first run archived ({@code -XX:ArchiveClassesAtExit},
     * one JVM option a host can use too) instead of loading and linking them.
     */
    private static void cold(int runs, boolean cds) throws Exception {
        String jvm = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("java.class.path");
        Path archive = Files.createTempDirectory("krait-jsr223-cds").resolve("first-eval.jsa");
        if (cds) {
            run(List.of(jvm, "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds*=off", "-cp", cp, Jsr223Bench.class.getName(), "first-eval"));
        }
        List<String> command = cds
                ? List.of(jvm, "-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off", "-cp", cp, Jsr223Bench.class.getName(), "first-eval")
                : List.of(jvm, "-cp", cp, Jsr223Bench.class.getName(), "first-eval");
        double[] wall = new double[runs];
        double[] uptime = new double[runs];
        String engine = "";
        for (int i = -1; i < runs; i++) {
            long t0 = System.nanoTime();
            String[] out = run(command).split(" ");
            if (i >= 0) {
                wall[i] = (System.nanoTime() - t0) / 1e6;
                uptime[i] = Double.parseDouble(out[1]);
            }
            engine = out[2];
        }
        System.out.printf("%s: new JVM%s to getEngineByName(\"python\").eval(\"1+1\"): median %.0f ms wall to exit (best %.0f), "
                + "median %.0f ms JVM uptime at the result (%d runs)%n", engine, cds ? " with a CDS archive" : "", median(wall),
                min(wall), median(uptime), runs);
    }

    /** Runs a first-eval JVM; its line of output (an engine may print other lines before it). */
    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        String last = out.substring(out.lastIndexOf('\n') + 1);
        if (p.waitFor() != 0 || !last.startsWith("2 ")) {
            throw new IllegalStateException("first-eval failed: " + out);
        }
        return last;
    }

    private static void warm() throws Exception {
        ScriptEngineManager manager = new ScriptEngineManager();
        System.out.println(manager.getEngineByName("python").getFactory().getEngineName() + ", warm:");

        // Engine creation.
        for (int i = 0; i < 100; i++) {
            close(manager.getEngineByName("python"));
        }
        double[] create = new double[200];
        for (int i = 0; i < create.length; i++) {
            long t0 = System.nanoTime();
            ScriptEngine e = manager.getEngineByName("python");
            create[i] = (System.nanoTime() - t0) / 1e6;
            close(e);
        }
        System.out.printf("engine creation, warm: median %.2f ms (best %.2f)%n", median(create), min(create));

        ScriptEngine engine = manager.getEngineByName("python");

        // createBindings() plus a small eval.
        int n = 20_000;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Bindings b = engine.createBindings();
                b.put("x", i);
                engine.eval("y = x + 1", b);
            }
            report(round, "createBindings() + put + eval(\"y = x + 1\")", t0, n);
        }

        // CompiledScript.eval of a small expression.
        engine.put("x", 20);
        CompiledScript compiled = ((Compilable) engine).compile("x * 2 + 1");
        n = 500_000;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                compiled.eval();
            }
            report(round, "CompiledScript.eval(\"x * 2 + 1\")", t0, n);
        }

        // invokeFunction of a tiny function.
        engine.eval("def inc(v):\n    return v + 1");
        Invocable inv = (Invocable) engine;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                inv.invokeFunction("inc", i);
            }
            report(round, "invokeFunction(\"inc\", i)", t0, n);
        }

        // Retained heap per idle engine.
        int engines = 50;
        long before = usedAfterGc();
        List<ScriptEngine> kept = new ArrayList<>();
        for (int i = 0; i < engines; i++) {
            ScriptEngine e = manager.getEngineByName("python");
            e.eval("1+1");
            kept.add(e);
        }
        long after = usedAfterGc();
        System.out.printf("retained heap per idle engine (after eval(\"1+1\")): %.2f MB (%d engines)%n",
                (after - before) / (double) engines / (1 << 20), kept.size());
    }

    /** Creates, uses and drops {@code n} engines, showing what stays after a collection every fifth of them. */
    private static void drop(int n) throws Exception {
        ScriptEngineManager manager = new ScriptEngineManager();
        java.lang.management.MemoryPoolMXBean metaspace = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getName().equals("Metaspace")).findFirst().orElse(null);
        long start = usedAfterGc();
        for (int step = 1; step <= 5; step++) {
            for (int i = 0; i < n / 5; i++) {
                manager.getEngineByName("python").eval("class A:\n    pass\ndef f(): return A()\nx = [f() for i in range(10)]\nx");
            }
            System.out.printf("%d engines dropped: heap %+.1f MB since the start, Metaspace %.1f MB%n", step * (n / 5),
                    (usedAfterGc() - start) / (double) (1 << 20), metaspace == null ? -1 : metaspace.getUsage().getUsed() / (double) (1 << 20));
        }
    }

    private static void report(int round, String what, long t0, int n) {
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%s, round %d: %.2f us each, %.0f calls/s%n", what, round + 1, s * 1e6 / n, n / s);
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Closes an engine that can be closed (Krait's can; Jython's cannot). */
    private static void close(ScriptEngine e) throws Exception {
        if (e instanceof AutoCloseable c) {
            c.close();
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(0);
    }
}
