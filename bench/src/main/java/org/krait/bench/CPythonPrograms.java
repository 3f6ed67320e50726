package org.krait.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the same protocol on CPython: starts {@code python3} once with {@code programs_cpython.py}
 * (a resource of this module) and reads one tab-separated line per program back.
 */
final class CPythonPrograms {

    private final String python;
    private final Path directory;
    private final int iterations;
    private final boolean cpuClock;

    CPythonPrograms(String python, Path directory, int iterations, boolean cpuClock) {
        this.cpuClock = cpuClock;
        this.python = python;
        this.directory = directory;
        this.iterations = iterations;
    }

    /** The interpreter's version line, e.g. {@code Python 3.11.7}. */
    String version() throws IOException, InterruptedException {
        return capture(List.of(python, "--version")).strip();
    }

    /** Measures every program; a program python3 does not report on is listed as failed. */
    List<ProgramResult> measureAll(List<String> programs) throws IOException, InterruptedException {
        Path script = Files.createTempFile("programs_cpython", ".py");
        try {
            try (InputStream in = CPythonPrograms.class.getResourceAsStream("programs_cpython.py")) {
                Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            }
            List<String> command = new ArrayList<>(List.of(python, script.toString(),
                    directory.toAbsolutePath().toString(), Integer.toString(iterations), cpuClock ? "cpu" : "wall"));
            command.addAll(programs);
            Map<String, ProgramResult> byName = new HashMap<>();
            for (String line : capture(command).split("\n")) {
                ProgramResult r = parse(line);
                if (r != null) {
                    byName.put(r.program(), r);
                }
            }
            List<ProgramResult> results = new ArrayList<>();
            for (String program : programs) {
                results.add(byName.getOrDefault(program, ProgramResult.failed(program, "no result from " + python)));
            }
            return results;
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static ProgramResult parse(String line) {
        String[] f = line.split("\t", 6);
        if (f.length == 6 && f[0].equals("ok")) {
            return new ProgramResult(f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), f[5], f[4].equals("1"), null);
        }
        if (f.length >= 3 && f[0].equals("error")) {
            return ProgramResult.failed(f[1], line.substring(f[0].length() + f[1].length() + 2));
        }
        return null;
    }

    /** Runs {@code command}, passing its stderr through, and returns its stdout (whatever its exit status). */
    private static String capture(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();
        if (status != 0) {
            System.err.println(String.join(" ", command) + " exited with status " + status);
        }
        return out;
    }
}
