package org.krait.compiler.symtable;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.krait.compiler.parser.Parser;
import org.krait.compiler.source.SourceTooComplexException;
import org.krait.compiler.source.SyntaxErrorException;

/**
 * Runs {@code symtable_oracle.py} (CPython 3.11's {@code _symtable}) over files in one python3
 * process, and prints Krait's table in the same canonical text form.
 */
final class SymtableOracle {

    private SymtableOracle() {
    }

    /** CPython's record for each file, in order; skips the calling test when python3 3.11 is absent. */
    static List<String> run(Path tmp, List<Path> files) throws Exception {
        String version;
        try {
            version = new String(new ProcessBuilder("python3", "-c", "import sys; print(sys.version_info[:2] == (3, 11))")
                    .start().getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            System.err.println("SYMTABLE ORACLE SKIPPED: no python3 on PATH (" + e.getMessage() + ")");
            assumeTrue(false, "python3 is needed as the oracle");
            return List.of();
        }
        assumeTrue(version.equals("True"), "python3 is not CPython 3.11");
        Path script = tmp.resolve("symtable_oracle.py");
        try (InputStream in = SymtableOracle.class.getResourceAsStream("symtable_oracle.py")) {
            Files.write(script, in.readAllBytes());
        }
        Path listing = tmp.resolve("files.txt");
        Files.write(listing, files.stream().map(Path::toString).collect(Collectors.toList()), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("python3", script.toString(), listing.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> out = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(p.getInputStream())) {
            while (true) {
                int c = in.read();
                if (c < 0) {
                    break;
                }
                int n = 0;
                while (c != '\n') {
                    n = n * 10 + (c - '0');
                    c = in.read();
                }
                out.add(new String(in.readNBytes(n), StandardCharsets.UTF_8));
            }
        }
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "oracle timed out");
        return out;
    }

    /** Krait's record for a file's bytes, in the oracle's format. */
    static String krait(byte[] source, String filename) {
        try {
            StringBuilder sb = new StringBuilder();
            dump(SymbolTable.build(Parser.parseFile(source), filename).top(), 0, sb);
            return sb.substring(0, sb.length() - 1);
        } catch (SyntaxErrorException e) {
            return "E " + e.kind + "|" + e.msg + "|" + e.lineno + "|" + e.offset + "|" + e.end_lineno + "|"
                    + (e.end_offset == -1 ? "None" : String.valueOf(e.end_offset));
        } catch (SourceTooComplexException e) {
            return "E " + e.pythonType;
        }
    }

    /** One block in the canonical form: header, varnames, symbols sorted by name (as Python sorts str), children. */
    static void dump(Scope scope, int depth, StringBuilder out) {
        String pad = "  ".repeat(depth);
        out.append(pad).append(scope.kind().pythonName).append(' ').append(scope.name()).append(' ')
                .append(scope.lineno()).append(" nested=").append(scope.isNested() ? 1 : 0).append('\n');
        out.append(pad).append(" varnames=").append(String.join(",", scope.varnames())).append('\n');
        TreeMap<String, Integer> sorted = new TreeMap<>(SymtableOracle::compareCodePoints);
        for (Symbol s : scope.symbols()) {
            sorted.put(s.name(), s.rawFlags());
        }
        sorted.forEach((name, flags) -> out.append(pad).append(' ').append(name).append(' ').append(flags).append('\n'));
        for (Scope child : scope.children()) {
            dump(child, depth + 1, out);
        }
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
