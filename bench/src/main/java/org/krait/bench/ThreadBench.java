package org.krait.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.krait.compiler.Compiler;
import org.krait.runtime.PythonRuntime;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.ops.CallOps;

/**
 * {@code bench/threads}: the GIL seen from the outside, in one interpreter, in one run. Two
 * CPU-bound Python threads against the same work done one after the other (under a GIL the ratio
 * is about 1); ten threads sleeping 0.2 s at once (about 0.2 s: sleeping gives the GIL up); and
 * the hand-off latency, the time a Java thread waits in {@link Interpreter#enter} while a Python
 * thread spins, as percentiles against the switch interval. Wall-clock times; a report, never a test.
 */
public final class ThreadBench {

    private static final String PROGRAM = String.join("\n",
            "import _thread, time",
            "def work(n):",
            "    total = 0",
            "    for i in range(n):",
            "        total += i % 7",
            "    return total",
            "def in_threads(count, fn, arg):",
            "    locks = []",
            "    for _ in range(count):",
            "        done = _thread.allocate_lock()",
            "        done.acquire()",
            "        locks.append(done)",
            "        def run(done=done):",
            "            fn(arg)",
            "            done.release()",
            "        _thread.start_new_thread(run, ())",
            "    for done in locks:",
            "        done.acquire()",
            "def sequential(count, fn, arg):",
            "    for _ in range(count):",
            "        fn(arg)",
            "stop = []",
            "def spin():",
            "    while not stop:",
            "        pass",
            "def spinner():",
            "    _thread.start_new_thread(spin, ())",
            "def stop_spinning():",
            "    stop.append(1)",
            "");

    /** Each timing is the median of this many rounds, the sequential and threaded runs alternating. */
    private static final int ROUNDS = 5;

    private ThreadBench() {
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    public static void main(String[] args) throws InterruptedException {
        int work = args.length > 0 ? Integer.parseInt(args[0]) : 3_000_000;
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (PythonRuntime runtime = new PythonRuntime(out, System.err)) {
            runtime.runMainFile(new Compiler().compileModule(PROGRAM.getBytes(StandardCharsets.UTF_8), "<threads>")).decref();
            Interpreter interp = runtime.interpreter();
            PyObject work2 = PyInt.of(work);
            // Warm-up: the JVM compiles the loop before anything is timed.
            timeCall(interp, "sequential", PyInt.of(2), "work", work2);
            timeCall(interp, "in_threads", PyInt.of(2), "work", work2);
            double[] seqs = new double[ROUNDS];
            double[] pars = new double[ROUNDS];
            double[] sleeps = new double[ROUNDS];
            PyFloat pause = new PyFloat(0.2);
            for (int r = 0; r < ROUNDS; r++) {
                seqs[r] = timeCall(interp, "sequential", PyInt.of(2), "work", work2);
                pars[r] = timeCall(interp, "in_threads", PyInt.of(2), "work", work2);
                sleeps[r] = timeCall(interp, "in_threads", PyInt.of(10), "time.sleep", pause);
            }
            double seq = median(seqs);
            double par = median(pars);
            double sleep = median(sleeps);
            out.printf("2 CPU-bound threads (work(%,d) each, median of %d): sequential %.3f s, 2 threads %.3f s, ratio %.2f (about 1 under the GIL)%n",
                    work, ROUNDS, seq, par, par / seq);
            out.printf("10 threads sleeping 0.2 s at once (median): %.3f s (about 0.2 s: sleep gives the GIL up)%n", sleep);
            double[] latency = handOff(interp, samples);
            out.printf("GIL hand-off while a Python thread spins (%d samples, switch interval 5 ms): p50 %.2f ms, p95 %.2f ms, max %.2f ms (target p95 <= 10 ms)%n",
                    samples, latency[0], latency[1], latency[2]);
        }
    }

    /** Seconds taken by {@code __main__.name(count, fn, arg)}, {@code fn} a global or {@code time.sleep}. */
    private static double timeCall(Interpreter interp, String name, PyObject count, String fn, PyObject arg) {
        ThreadState ts = interp.enter();
        try {
            PyObject function = fn.equals("time.sleep")
                    ? org.krait.runtime.ops.ObjectOps.getAttr(interp.importModule("time"), "sleep")
                    : PyObject.newRef(global(interp, fn));
            long start = System.nanoTime();
            CallOps.call(global(interp, name), count, function, arg).decref();
            long end = System.nanoTime();
            function.decref();
            return (end - start) / 1e9;
        } finally {
            interp.exit(ts);
        }
    }

    private static PyObject global(Interpreter interp, String name) {
        return interp.loadedModule("__main__").dict().getItem(name);
    }

    /** p50, p95 and max, in ms, of the wait in enter() while a Python thread holds the GIL and spins. */
    private static double[] handOff(Interpreter interp, int samples) throws InterruptedException {
        call(interp, "spinner");
        Thread.sleep(50);
        List<Double> waits = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            ThreadState ts = interp.enter();
            long got = System.nanoTime();
            interp.exit(ts);
            waits.add((got - start) / 1e6);
            // Let the spinner take the GIL back before the next sample.
            Thread.sleep(2);
        }
        call(interp, "stop_spinning");
        double[] sorted = waits.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new double[] {sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1]};
    }

    private static void call(Interpreter interp, String name) {
        ThreadState ts = interp.enter();
        try {
            CallOps.call(global(interp, name)).decref();
        } finally {
            interp.exit(ts);
        }
    }
}
