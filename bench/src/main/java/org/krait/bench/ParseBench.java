package org.krait.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.krait.compiler.parser.Parser;
import org.krait.compiler.source.SyntaxErrorException;

/**
 * Times {@code Parser.parseFile} over every {@code .py} file of the CPython standard library
 * (outside {@code site-packages}) held in memory, then has python3 time {@code ast.parse} over
 * the same files the same way, and prints both with their ratio.
 *
 * <p>Arguments: {@code [--passes N] [--warmup W] [--stdlib DIR]}; by default 5 timed passes after
 * 3 warm-up passes, on the stdlib of the python3 found on PATH.
 */
public final class ParseBench {

    private static final long STACK_BYTES = 512L << 20;

    private ParseBench() {
    }

    /** Runs the benchmark and prints the results. */
    public static void main(String[] args) throws Exception {
        int passes = 5;
        int warmup = 3;
        Path stdlib = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (args[i].equals("--passes") && value != null) {
                passes = Integer.parseInt(value);
            } else if (args[i].equals("--warmup") && value != null) {
                warmup = Integer.parseInt(value);
            } else if (args[i].equals("--stdlib") && value != null) {
                stdlib = Path.of(value);
            } else {
                System.err.println("usage: parse-bench [--passes N] [--warmup W] [--stdlib DIR]");
                System.exit(2);
            }
            i++;
        }
        if (stdlib == null) {
            stdlib = Path.of(python("-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").strip());
        }
        List<Path> files = sources(stdlib);
        List<byte[]> contents = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            contents.add(content);
            bytes += content.length;
        }
        System.out.printf("%d files, %.1f MB, from %s%n", files.size(), bytes / 1e6, stdlib);

        double[] krait = new double[passes];
        int[] outcome = new int[2];
        int warmupPasses = warmup;
        Thread worker = new Thread(null, () -> {
            for (int i = 0; i < warmupPasses; i++) {
                onePass(contents, outcome);
            }
            for (int i = 0; i < krait.length; i++) {
                long start = System.nanoTime();
                onePass(contents, outcome);
                krait[i] = (System.nanoTime() - start) / 1e9;
            }
        }, "parse-bench", STACK_BYTES);
        worker.start();
        worker.join();
        System.out.printf("Krait:   median %.3f s, best %.3f s, %.0f files/s (%d rejected with SyntaxError, %d Java exceptions per pass)%n",
                median(krait), min(krait), files.size() / median(krait), outcome[0], outcome[1]);

        Path listing = Files.createTempFile("parse-bench", ".txt");
        Path script = Files.createTempFile("parse_bench", ".py");
        try {
            Files.write(listing, files.stream().map(Path::toString).collect(Collectors.toList()), StandardCharsets.UTF_8);
            try (InputStream in = ParseBench.class.getResourceAsStream("parse_bench.py")) {
                Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            }
            String[] cpython = python(script.toString(), listing.toString(), Integer.toString(passes)).strip().split(" ");
            double cMedian = Double.parseDouble(cpython[0]);
            double cBest = Double.parseDouble(cpython[1]);
            System.out.printf("CPython: median %.3f s, best %.3f s, %.0f files/s (%s rejected with SyntaxError)%n",
                    cMedian, cBest, files.size() / cMedian, cpython[2]);
            System.out.printf("Krait/CPython time ratio: %.2f (median), %.2f (best)%n", median(krait) / cMedian, min(krait) / cBest);
        } finally {
            Files.deleteIfExists(listing);
            Files.deleteIfExists(script);
        }
    }

    /** Parses every file once; counts rejected files in {@code outcome[0]} and other failures in {@code outcome[1]}. */
    private static void onePass(List<byte[]> contents, int[] outcome) {
        int rejected = 0;
        int failed = 0;
        for (byte[] content : contents) {
            try {
                Parser.parseFile(content);
            } catch (SyntaxErrorException e) {
                rejected++;
            } catch (RuntimeException | StackOverflowError e) {
                failed++;
            }
        }
        outcome[0] = rejected;
        outcome[1] = failed;
    }

    private static List<Path> sources(Path stdlib) throws IOException {
        try (Stream<Path> walk = Files.walk(stdlib)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".py") && Files.isRegularFile(p))
                    .filter(p -> !isSitePackages(stdlib.relativize(p)))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static boolean isSitePackages(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals("site-packages")) {
                return true;
            }
        }
        return false;
    }

    private static String python(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("python3");
        command.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("python3 " + String.join(" ", args) + " failed");
        }
        return out;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }
}
