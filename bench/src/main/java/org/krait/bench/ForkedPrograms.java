package org.krait.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs each benchmark program on Krait in a JVM of its own, as {@code krait PROGRAM.py} would:
 * the child runs {@link KraitPrograms} for that one program and prints its result as one line
 * ({@link #encode}), which this parent reads back. A program then starts with a JVM whose code
 * the programs before it have not already compiled for their own needs (the interpreter loop's
 * profile is per JVM), and a program over the time limit is simply stopped.
 */
final class ForkedPrograms {

    private static final String PREFIX = "KRAIT-BENCH-RESULT\t";

    private final Path directory;
    private final int iterations;
    private final long timeoutSeconds;
    private final boolean cpuClock;

    ForkedPrograms(Path directory, int iterations, long timeoutSeconds, boolean cpuClock) {
        this.directory = directory;
        this.iterations = iterations;
        this.timeoutSeconds = timeoutSeconds;
        this.cpuClock = cpuClock;
    }

    /** Measures each program in a child JVM started with this JVM's options and class path. */
    List<ProgramResult> measureAll(List<String> programs) throws IOException, InterruptedException {
        List<ProgramResult> results = new ArrayList<>();
        for (String program : programs) {
            results.add(measure(program));
        }
        return results;
    }

    private ProgramResult measure(String program) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ProgramBench.class.getName());
        command.add("--child");
        command.add("--programs");
        command.add(directory.toString());
        command.add("--iterations");
        command.add(Integer.toString(iterations));
        command.add("--timeout");
        command.add(Long.toString(timeoutSeconds));
        if (cpuClock) {
            command.add("--cpu");
        }
        command.add(program);
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        // The child prints one line; read it all before waiting, so a full pipe cannot block it.
        byte[] out = child.getInputStream().readAllBytes();
        if (!child.waitFor(timeoutSeconds + 60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            return ProgramResult.failed(program, "timed out after " + timeoutSeconds + " s");
        }
        for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith(PREFIX)) {
                return decode(line.substring(PREFIX.length()));
            }
        }
        return ProgramResult.failed(program, "the benchmark JVM ended with status " + child.exitValue() + " and no result");
    }

    /** The line a child prints for {@code r}: tab-separated fields, text fields in Base64. */
    static String encode(ProgramResult r) {
        return PREFIX + String.join("\t", r.program(), Double.toString(r.first()), Double.toString(r.warm()),
                text(r.checksum()), Boolean.toString(r.unstable()), text(r.failure()));
    }

    private static String text(String s) {
        return s == null ? "-" : Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String untext(String s) {
        return s.equals("-") ? null : new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
    }

    private static ProgramResult decode(String fields) {
        String[] f = fields.split("\t", -1);
        return new ProgramResult(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), untext(f[3]),
                Boolean.parseBoolean(f[4]), untext(f[5]));
    }
}
