package org.krait.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.krait.compiler.Compiler;
import org.krait.compiler.codegen.UnsupportedFeatureException;
import org.krait.compiler.source.SourceTooComplexException;
import org.krait.compiler.source.SyntaxErrorException;
import org.krait.runtime.PythonRuntime;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.imports.SourceCompiler;
import org.krait.runtime.interpreter.TracebackPrinter;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;

/**
 * Runs the benchmark protocol of {@code bench/programs/README.md} on Krait's interpreter, in this
 * JVM: for each program a fresh {@link PythonRuntime} loads the file as a module (so its
 * {@code if __name__ == "__main__"} block does not run), then {@code run()} is called once (the
 * first-call time) and {@code iterations} more times (their median is the warm time).
 *
 * <p>Each program runs on its own thread with a 512 MB stack, because the interpreter recurses on
 * the Java stack for every Python call.
 */
final class KraitPrograms {

    /** With {@code -Dkrait.bench.trace=true} (in BENCH_JAVA_OPTS) every call's time goes to stderr. */
    private static final boolean TRACE = Boolean.getBoolean("krait.bench.trace");


    private static final long STACK_BYTES = 512L << 20;

    private final Path directory;
    private final int iterations;
    private final long timeoutMillis;
    /** Time the running thread's CPU instead of the wall clock (the JIT and GC threads are left out). */
    private final boolean cpuClock;

    KraitPrograms(Path directory, int iterations, long timeoutSeconds, boolean cpuClock) {
        this.cpuClock = cpuClock;
        this.directory = directory;
        this.iterations = iterations;
        this.timeoutMillis = timeoutSeconds * 1000;
    }

    /**
     * Measures each program in turn. A program that overruns the timeout cannot be stopped safely,
     * so it is reported as timed out and the programs after it are not run (their timings would
     * share the CPU with it).
     */
    List<ProgramResult> measureAll(List<String> programs) throws InterruptedException {
        SourceCompiler.install(new Compiler());
        List<ProgramResult> results = new ArrayList<>();
        String stuck = null;
        for (String program : programs) {
            if (stuck != null) {
                results.add(ProgramResult.failed(program, "not run: " + stuck + " is still running"));
                continue;
            }
            ProgramResult[] slot = new ProgramResult[1];
            Thread worker = new Thread(null, () -> slot[0] = measure(program), "krait-" + program, STACK_BYTES);
            worker.setDaemon(true);
            worker.start();
            worker.join(timeoutMillis);
            if (worker.isAlive()) {
                stuck = program;
                results.add(ProgramResult.failed(program, "timed out after " + timeoutMillis / 1000 + " s"));
            } else {
                results.add(slot[0]);
            }
            // Lets the previous interpreter's garbage go before the next program is timed.
            System.gc();
        }
        return results;
    }

    private long now() {
        return cpuClock ? ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Loads and times one program; never throws. */
    private ProgramResult measure(String program) {
        Path file = directory.resolve(program + ".py").toAbsolutePath();
        try {
            PyCode code = Compiler.compileFile(Files.readAllBytes(file), file.toString());
            PythonRuntime runtime = new PythonRuntime(System.out, System.err);
            // Sibling imports resolve next to the program, as they would for python3.
            runtime.interpreter().setSearchPath(file.getParent());
            PyModule module = runtime.interpreter().execModule(code, "bench_" + program);
            PyObject run = ObjectOps.getAttr(module, "run");

            long start = now();
            PyObject result = CallOps.call(run);
            double first = (now() - start) / 1e9;
            if (TRACE) {
                System.err.printf("%s: call 1 took %.3f s%n", program, first);
            }
            String checksum = ObjectOps.repr(result).toString();
            result.decref();

            double[] warm = new double[iterations];
            boolean unstable = false;
            for (int i = 0; i < iterations; i++) {
                start = now();
                PyObject value = CallOps.call(run);
                warm[i] = (now() - start) / 1e9;
                if (TRACE) {
                    System.err.printf("%s: call %d took %.3f s%n", program, i + 2, warm[i]);
                }
                unstable |= !ObjectOps.repr(value).toString().equals(checksum);
                value.decref();
            }
            run.decref();
            module.decref();
            return new ProgramResult(program, first, median(warm), checksum, unstable, null);
        } catch (PythonException e) {
            return ProgramResult.failed(program, lastLine(TracebackPrinter.format(e.exception())));
        } catch (SyntaxErrorException e) {
            return ProgramResult.failed(program, "SyntaxError: " + e.getMessage());
        } catch (SourceTooComplexException e) {
            return ProgramResult.failed(program, e.pythonType + " (source too complex)");
        } catch (UnsupportedFeatureException e) {
            return ProgramResult.failed(program, "unsupported by Krait: " + e.getMessage());
        } catch (IOException e) {
            return ProgramResult.failed(program, "cannot read " + file + ": " + e.getClass().getSimpleName());
        } catch (RuntimeException | StackOverflowError e) {
            return ProgramResult.failed(program, "internal error: " + e);
        }
    }

    /** The exception line of a formatted traceback (its last non-blank line). */
    private static String lastLine(String traceback) {
        String[] lines = traceback.strip().split("\n");
        return lines[lines.length - 1];
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
