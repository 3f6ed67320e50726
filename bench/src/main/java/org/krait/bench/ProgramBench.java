package org.krait.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the interpreter benchmark programs of {@code bench/programs/} on Krait (each in a JVM of
 * its own, or with {@code --shared-jvm} all in this one, a fresh interpreter each) and then on
 * python3, and prints first-call and warm times side by side with the Krait/CPython ratios and
 * their geometric means.
 *
 * <p>Arguments: {@code --programs DIR [--iterations N] [--timeout SECONDS] [--python EXE] [--cpu]
 * [--shared-jvm] [program ...]}; by default 10 warm iterations, a 600 s limit per program on
 * Krait, {@code python3}, and all the programs. {@code --cpu} times the CPU time of the thread
 * running the program on both sides instead of the wall clock: steadier on a machine shared with
 * other work, and it leaves out the JVM's compiler and garbage-collector threads. {@code --child}
 * (used by {@link ForkedPrograms}) measures the one program named on Krait in this JVM and prints
 * its result line.
 */
public final class ProgramBench {

    /** Every program of bench/programs, in the order they are reported. */
    static final List<String> PROGRAMS = List.of("nbody", "fannkuch", "spectral_norm", "richards", "nqueens",
            "float_bench", "fib", "dict_str", "generators", "classes", "attributes");

    private static final String USAGE =
            "usage: run-programs [--iterations N] [--timeout SECONDS] [--python EXE] [--cpu] [--shared-jvm] [program ...]";

    private ProgramBench() {
    }

    /** Runs the benchmark and prints the table. */
    public static void main(String[] args) throws Exception {
        Path directory = null;
        int iterations = 10;
        long timeout = 600;
        String python = "python3";
        boolean cpuClock = false;
        boolean sharedJvm = false;
        boolean child = false;
        List<String> programs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--cpu")) {
                cpuClock = true;
                continue;
            }
            if (args[i].equals("--shared-jvm")) {
                sharedJvm = true;
                continue;
            }
            if (args[i].equals("--child")) {
                child = true;
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

        if (child) {
            for (ProgramResult r : new KraitPrograms(directory, iterations, timeout, cpuClock).measureAll(programs)) {
                System.out.println(ForkedPrograms.encode(r));
            }
            System.out.flush();
            System.exit(0);
        }
        CPythonPrograms cpython = new CPythonPrograms(python, directory, iterations, cpuClock);
        String version = cpython.version();
        System.out.printf("Krait interpreter (Java %s, %s) vs %s: first call of run() and median of %d warm calls, in seconds of %s%n",
                System.getProperty("java.version"), sharedJvm ? "all programs in one JVM" : "a JVM per program", version,
                iterations, cpuClock ? "thread CPU time" : "wall-clock time");
        // Sequential, so that the two never compete for cores.
        List<ProgramResult> krait = sharedJvm
                ? new KraitPrograms(directory, iterations, timeout, cpuClock).measureAll(programs)
                : new ForkedPrograms(directory, iterations, timeout, cpuClock).measureAll(programs);
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
