package org.krait.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the interpreter benchmark programs of {@code bench/programs/} on Krait (in this JVM, a
 * fresh interpreter per program) and then on python3, and prints first-call and warm times side
 * by side with the Krait/CPython ratios and their geometric means.
 *
 * <p>Arguments: {@code --programs DIR [--iterations N] [--timeout SECONDS] [--python EXE] [--cpu] [program ...]};
 * by default 10 warm iterations, a 600 s limit per program on Krait, {@code python3}, and all ten
 * programs. {@code --cpu} times the CPU time of the thread running the program on both sides
 * instead of the wall clock: steadier on a machine shared with other work, and it leaves out the
 * JVM's compiler and garbage-collector threads.
 */
public final class ProgramBench {

    /** Every program of bench/programs, in the order they are reported. */
    static final List<String> PROGRAMS = List.of("nbody", "fannkuch", "spectral_norm", "richards", "nqueens",
            "float_bench", "fib", "dict_str", "generators", "classes", "attributes");

    private static final String USAGE =
            "usage: run-programs [--iterations N] [--timeout SECONDS] [--python EXE] [--cpu] [program ...]";

    private ProgramBench() {
    }

    /** Runs the benchmark and prints the table. */
    public static void main(String[] args) throws Exception {
        Path directory = null;
        int iterations = 10;
        long timeout = 600;
        String python = "python3";
        boolean cpuClock = false;
        List<String> programs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--cpu")) {
                cpuClock = true;
                continue;
            }
            String value = i + 1 < args.length ? args[i + 1] : null;
            boolean option = args[i].startsWith("--");
            if (option && value == null) {
                usage();
            }
            switch (args[i]) {
                case "--programs":
                    directory = Path.of(value);
                    break;
                case "--iterations":
                    iterations = Integer.parseInt(value);
                    break;
                case "--timeout":
                    timeout = Long.parseLong(value);
                    break;
                case "--python":
                    python = value;
                    break;
                default:
                    if (option) {
                        usage();
                    }
                    programs.add(args[i]);
                    continue;
            }
            i++;
        }
        if (directory == null || iterations < 1) {
            usage();
        }
        if (programs.isEmpty()) {
            programs.addAll(PROGRAMS);
        }

        CPythonPrograms cpython = new CPythonPrograms(python, directory, iterations, cpuClock);
        String version = cpython.version();
        System.out.printf("Krait interpreter (Java %s) vs %s: first call of run() and median of %d warm calls, in seconds of %s%n",
                System.getProperty("java.version"), version, iterations, cpuClock ? "thread CPU time" : "wall-clock time");
        // Sequential, so that the two never compete for cores.
        List<ProgramResult> krait = new KraitPrograms(directory, iterations, timeout, cpuClock).measureAll(programs);
        List<ProgramResult> baseline = cpython.measureAll(programs);
        System.out.print(Report.render(krait, baseline));
        System.out.flush();
        // Exits explicitly: a Krait program that timed out is still running on a daemon thread.
        System.exit(Report.checksumsDiffer(krait, baseline) ? 1 : 0);
    }

    private static void usage() {
        System.err.println(USAGE);
        System.exit(2);
    }
}
