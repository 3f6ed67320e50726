package org.krait.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import org.krait.compiler.Compiler;
import org.krait.runtime.PythonRuntime;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.imports.SourceCompiler;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.ops.CallOps;

/**
 * Parallel interpreters: the same CPU-bound Python function called in a loop by one interpreter on
 * one thread, then by N interpreters on N threads at once (each its own {@link PythonRuntime}),
 * and the throughput ratio (calls per second of all threads over calls per second of one).
 * Interpreters share no mutable object, so the ratio approaches N on N free cores; what keeps it
 * below is shared state in the runtime (or the JVM's collector, or other work on the machine).
 *
 * <p>Usage: {@code InterpretersBench [--threads N] [--seconds S] [--rounds R]}. Each round warms
 * every thread's interpreter first (the JIT compiles the interpreter loop), then times a fixed
 * wall-clock window per configuration; the median of the rounds is reported.
 */
public final class InterpretersBench {

    /** Pure-Python CPU work: integer arithmetic, a list, a dict, method calls; no allocation-free fast path only. */
    static final String PROGRAM = """
            class Point:
                def __init__(self, x, y):
                    self.x = x
                    self.y = y
                def norm2(self):
                    return self.x * self.x + self.y * self.y

            def work():
                total = 0
                seen = {}
                for i in range(2000):
                    p = Point(i % 37, i % 11)
                    n = p.norm2()
                    seen[n % 101] = seen.get(n % 101, 0) + 1
                    total += n
                return total + len(seen)
            """;

    private InterpretersBench() {
    }

    /** One interpreter with {@link #PROGRAM} loaded, on the thread that calls {@link #calls}. */
    private static final class Worker {
        private final PythonRuntime runtime;
        private final PyObject work;

        Worker() {
            PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            runtime = new PythonRuntime(sink, sink);
            PyCode code = Compiler.compileFile(PROGRAM.getBytes(StandardCharsets.UTF_8), "<bench>");
            runtime.exec(code, runtime.mainModule());
            work = runtime.mainModule().dict().getItem("work");
        }

        /** Calls work() until {@code deadline} (System.nanoTime); returns how many calls ended. */
        long calls(long deadline) {
            return calls(deadline, null, 0);
        }

        /** As {@link #calls(long)}, adding this thread's CPU nanoseconds to {@code cpu[index]}. */
        long calls(long deadline, long[] cpu, int index) {
            long cpuStart = CPU.getCurrentThreadCpuTime();
            Interpreter interp = runtime.interpreter();
            ThreadState ts = interp.enter();
            try {
                long n = 0;
                do {
                    CallOps.call(work).decref();
                    n++;
                } while (System.nanoTime() < deadline);
                if (cpu != null) {
                    cpu[index] = CPU.getCurrentThreadCpuTime() - cpuStart;
                }
                return n;
            } finally {
                interp.exit(ts);
            }
        }
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    /** What one configuration achieved: calls per wall-clock second, and per CPU second of its threads. */
    private record Throughput(double perSecond, double perCpuSecond) {
    }

    /** The throughput of {@code threads} interpreters running at once for {@code seconds}. */
    private static Throughput throughput(int threads, double seconds) throws Exception {
        long[] counts = new long[threads];
        long[] cpu = new long[threads];
        long[] window = new long[2];
        CyclicBarrier start = new CyclicBarrier(threads, () -> {
            window[0] = System.nanoTime();
            window[1] = window[0] + (long) (seconds * 1e9);
        });
        Throwable[] failure = new Throwable[1];
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread th = new Thread(null, () -> {
                try {
                    Worker w = new Worker();
                    // Warm-up in this thread's interpreter: the same code the timed window runs.
                    w.calls(System.nanoTime() + (long) (seconds * 0.5e9));
                    start.await();
                    counts[index] = w.calls(window[1], cpu, index);
                    w.runtime.close();
                } catch (Throwable e) {
                    failure[0] = e;
                }
            }, "bench-interpreter-" + t, 256L << 20);
            running.add(th);
            th.start();
        }
        for (Thread th : running) {
            th.join();
        }
        if (failure[0] != null) {
            throw new IllegalStateException("a benchmark thread failed", failure[0]);
        }
        long total = Arrays.stream(counts).sum();
        return new Throughput(total / seconds, total / (Arrays.stream(cpu).sum() / 1e9));
    }

    public static void main(String[] args) throws Exception {
        int threads = 2;
        double seconds = 3;
        int rounds = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        SourceCompiler.install(new Compiler());
        System.out.printf("cores available to the JVM: %d%n", Runtime.getRuntime().availableProcessors());
        // The JVM compiles the interpreter loop in the first seconds: not part of any round.
        throughput(threads, seconds);
        double[] ratios = new double[rounds];
        double[] cpuRatios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            // Alternate the order, so neither configuration always runs in the other's wake.
            Throughput one = r % 2 == 0 ? throughput(1, seconds) : null;
            Throughput many = throughput(threads, seconds);
            if (one == null) {
                one = throughput(1, seconds);
            }
            ratios[r] = many.perSecond / one.perSecond;
            cpuRatios[r] = many.perCpuSecond / one.perCpuSecond;
            System.out.printf("round %d: 1 interpreter %.1f calls/s (%.1f per CPU s), %d interpreters %.1f calls/s"
                    + " (%.1f per CPU s): throughput %.2fx, per CPU second %.2fx%n", r + 1, one.perSecond,
                    one.perCpuSecond, threads, many.perSecond, many.perCpuSecond, ratios[r], cpuRatios[r]);
        }
        Arrays.sort(ratios);
        Arrays.sort(cpuRatios);
        System.out.printf("median, %d interpreters on %d threads over 1: throughput %.2fx; calls per CPU second %.2fx"
                + " (1.00 = no contention between interpreters)%n", threads, threads, ratios[rounds / 2],
                cpuRatios[rounds / 2]);
    }
}
