package org.krait.compiler.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares Krait's symbol table with CPython 3.11's ({@code _symtable.symtable}) on a
 * deterministic sample of standard-library files (all of them with {@code -Dkrait.fullStdlib=true}):
 * every block's type, name, line, nesting, parameters, children and every symbol's raw flags word
 * (flags and resolved scope) must be identical.
 */
class SymbolTableDifferentialTest {

    private static final Path STDLIB = Path.of("/root/.pyenv/versions/3.11.7/lib/python3.11");

    /**
     * Files CPython rejects before its symbol table runs, where the difference is the front end's
     * (source decoding), not this package's.
     */
    private static final List<String> KNOWN_NOT_SYMTABLE = List.of("tokenizedata/bad_coding.py",
            "tokenizedata/bad_coding2.py", "tokenizedata/badsyntax_pep3120.py");

    @Test
    void stdlibFilesGiveCPythonsTables(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isDirectory(STDLIB), "no local CPython 3.11 stdlib at " + STDLIB);
        List<Path> all;
        try (Stream<Path> s = Files.walk(STDLIB)) {
            all = s.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages"))
                    .sorted().collect(Collectors.toList());
        }
        boolean full = Boolean.getBoolean("krait.fullStdlib");
        List<Path> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += full ? 1 : 6) {
            sample.add(all.get(i));
        }
        List<String> expected = SymtableOracle.run(tmp, sample);
        assertEquals(sample.size(), expected.size(), "the oracle answered for every file");
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            String got = SymtableOracle.krait(Files.readAllBytes(sample.get(i)), sample.get(i).toString());
            boolean known = KNOWN_NOT_SYMTABLE.stream().anyMatch(sample.get(i).toString()::endsWith);
            if (!known && !got.equals(expected.get(i))) {
                mismatches.add(sample.get(i) + "\n" + firstDifferentLines(expected.get(i), got));
            }
        }
        System.err.println("SymbolTableDifferentialTest: " + (sample.size() - mismatches.size()) + " of " + sample.size()
                + " files give CPython's symbol table");
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + sample.size() + " differ; first ones:\n"
                + String.join("\n", mismatches.subList(0, Math.min(10, mismatches.size()))));
    }

    /** The first differing line of each side, with the block header above it. */
    private static String firstDifferentLines(String expected, String got) {
        String[] e = expected.split("\n", -1);
        String[] g = got.split("\n", -1);
        int i = 0;
        while (i < e.length && i < g.length && e[i].equals(g[i])) {
            i++;
        }
        String header = "";
        for (int j = Math.min(i, e.length - 1); j >= 0; j--) {
            if (!e[j].trim().startsWith("varnames=") && e[j].matches("\\s*(function|class|module) .*")) {
                header = e[j].trim();
                break;
            }
        }
        return "  in block: " + header + "\n  cpython: " + (i < e.length ? e[i] : "<end>") + "\n  krait:   "
                + (i < g.length ? g[i] : "<end>");
    }
}
