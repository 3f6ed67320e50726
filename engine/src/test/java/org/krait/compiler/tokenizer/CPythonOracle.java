package org.krait.compiler.tokenizer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs scripts under the local {@code python3} (CPython 3.11, the reference); skips tests loudly without it. */
final class CPythonOracle {
    private CPythonOracle() {
    }

    /** The python3 executable on PATH; skips the calling test (with a loud message) when absent or not 3.11. */
    static String python() {
        String path = System.getenv("PATH");
        String found = null;
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                File f = new File(dir, "python3");
                if (f.canExecute()) {
                    found = f.getPath();
                    break;
                }
            }
        }
        if (found == null) {
            System.err.println("*** SKIPPING CPython differential test: no python3 on PATH ***");
        }
        assumeTrue(found != null, "python3 not found on PATH: CPython differential test skipped");
        String version = run(found, "import sys; print('%d.%d' % sys.version_info[:2])", "").trim();
        if (!version.equals("3.11")) {
            System.err.println("*** SKIPPING CPython differential test: python3 is " + version + ", not 3.11 ***");
        }
        assumeTrue(version.equals("3.11"), "python3 is not CPython 3.11");
        return found;
    }

    /** Runs {@code script} (source text) with {@code stdin}; returns stdout as UTF-8. */
    static String run(String python, String script, String stdin) {
        try {
            Path file = Files.createTempFile("krait-oracle", ".py");
            try {
                Files.writeString(file, script);
                Process p = new ProcessBuilder(python, "-X", "utf8", file.toString())
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
                Thread feeder = new Thread(() -> {
                    try (OutputStream os = p.getOutputStream()) {
                        os.write(stdin.getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
                feeder.start();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (InputStream is = p.getInputStream()) {
                    is.transferTo(out);
                }
                if (!p.waitFor(600, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("python3 timed out");
                }
                feeder.join();
                if (p.exitValue() != 0) {
                    throw new IllegalStateException("python3 failed with exit code " + p.exitValue());
                }
                return out.toString(StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A test resource next to this class, as text. */
    static String resource(String name) {
        try (InputStream is = CPythonOracle.class.getResourceAsStream(name)) {
            if (is == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(is.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Escapes backslash, newline, carriage return, tab and NUL the way the oracle scripts do. */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case '\0': sb.append("\\0"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }
}
