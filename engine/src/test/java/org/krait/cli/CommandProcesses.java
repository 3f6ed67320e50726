package org.krait.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the {@code krait} command (this build's classes, {@code org.krait.cli.Main} in a new JVM,
 * as the launcher script does) and {@code python3} as real processes, for the tests that compare
 * them: exit status, stdout and stderr, in a given directory, environment and stdin.
 */
final class CommandProcesses {

    /** The name the krait processes are told they were invoked by, and their sys.executable. */
    static final String KRAIT_PROGRAM = "/opt/krait-under-test/bin/krait";

    /** What a process did. */
    record Outcome(int exit, String stdout, String stderr) {
    }

    private static String python;

    private CommandProcesses() {
    }

    /**
     * The absolute path of a CPython 3.11 interpreter ({@code sys.executable} of {@code python3}
     * on the PATH), so that it shows the same name everywhere; null when there is none.
     */
    static synchronized String python3() {
        if (python == null) {
            try {
                Outcome o = run(List.of("python3", "-c", "import sys; print(sys.version_info[:2] == (3, 11), sys.executable)"),
                        Path.of("").toAbsolutePath(), System.getenv(), new byte[0], false, 30);
                String[] words = o.stdout.strip().split(" ", 2);
                python = o.exit == 0 && words[0].equals("True") ? words[1] : "";
            } catch (IOException e) {
                python = "";
            }
        }
        return python.isEmpty() ? null : python;
    }

    /** The krait command: {@code java ... org.krait.cli.Main args}. */
    static List<String> kraitCommand(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Start-up speed matters more than peak speed for these short runs.
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-XX:-UsePerfData"));
        command.add("-Dkrait.program=" + KRAIT_PROGRAM);
        command.add("-Dkrait.executable=" + KRAIT_PROGRAM);
        command.add("-cp");
        command.add(classPath());
        command.add("org.krait.cli.Main");
        command.addAll(args);
        return command;
    }

    /** The class path of this test run, which holds the engine's and the runtime's classes and their dependencies. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!e.isEmpty() && !e.contains("surefire")) {
                entries.add(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * Runs {@code command} in {@code dir} with exactly the environment {@code env}, feeding it
     * {@code stdin}; stderr goes into stdout when {@code mergeErr}. Killed after {@code seconds}.
     */
    static Outcome run(List<String> command, Path dir, Map<String, String> env, byte[] stdin, boolean mergeErr, int seconds)
            throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(mergeErr);
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread feed = pump(new java.io.ByteArrayInputStream(stdin), p.getOutputStream(), true);
        Thread readOut = pump(p.getInputStream(), out, false);
        Thread readErr = pump(p.getErrorStream(), err, false);
        try {
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor();
            }
            feed.join();
            readOut.join();
            readErr.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
        return new Outcome(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Runs {@code command} until it prints its first line (the program's "ready"), then sends it
     * SIGINT and waits for its end. It starts through python3, which restores SIGINT's default
     * action first: a shell may have started this JVM with SIGINT ignored, and children inherit that.
     */
    static Outcome runInterrupted(String python, List<String> command, Path dir, Map<String, String> env) throws IOException {
        List<String> full = new ArrayList<>(List.of(python, "-c",
                "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])"));
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread readErr = pump(p.getErrorStream(), err, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread readOut = pump(p.getInputStream(), out, false);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (out.toString(StandardCharsets.UTF_8).indexOf('\n') < 0 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor();
            }
            readOut.join();
            readErr.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
        return new Outcome(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Copies {@code from} to {@code to} on a new thread; closes {@code to} at the end when {@code close}. */
    static Thread pump(InputStream from, OutputStream to, boolean close) {
        Thread t = new Thread(() -> {
            try {
                from.transferTo(to);
                if (close) {
                    to.close();
                }
            } catch (IOException e) {
                if (!close) {
                    throw new UncheckedIOException(e);
                }
                // The process stopped reading its stdin: python3 does that too.
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
