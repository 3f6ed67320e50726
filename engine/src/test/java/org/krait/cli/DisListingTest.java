package org.krait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code dis} listings show Krait's own instructions, so they are checked against Krait's stored
 * listings ({@code src-it/dis-listings/<name>.listing}, made by tools/record_dis_listings.py and
 * read by a person) rather than against CPython. Also checks that {@code krait --dis FILE} prints
 * exactly what {@code dis.dis} prints for the file's code.
 */
@DisplayName("dis listings match the stored ones")
class DisListingTest {

    private static final Path DIR = Path.of("..", "src-it", "dis-listings").toAbsolutePath().normalize();

    private static String normalise(String text) {
        return text.replace(DIR + "/", "").replaceAll("0x[0-9a-f]+", "0x?");
    }

    @Test
    @DisplayName("every program prints its stored listing")
    void listings() throws Exception {
        List<Path> programs;
        try (Stream<Path> s = Files.list(DIR)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        assertTrue(programs.size() >= 10, "listing programs missing in " + DIR);
        List<String> failures = new ArrayList<>();
        for (Path py : programs) {
            String expected = Files.readString(Path.of(py.toString().replaceAll("\\.py$", ".listing")), StandardCharsets.UTF_8);
            CorpusDifferentialTest.Outcome actual = CorpusDifferentialTest.run(py);
            String out = normalise(actual.stdout());
            if (actual.exit() != 0 || !actual.stderr().isEmpty() || !out.equals(expected)) {
                failures.add(py.getFileName() + " (exit " + actual.exit() + ")\n" + actual.stderr() + "\n--- got:\n" + out);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n\n", failures));
    }

    @Test
    @DisplayName("krait --dis prints dis.dis of the file's code")
    void commandLineOptionUsesTheSameListing() throws Exception {
        Path py = DIR.resolve("command_line_dis.py");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ScriptRunner.disassemble(py.toString(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String fromOption = normalise(out.toString(StandardCharsets.UTF_8)).replace(DIR + "/", "");
        String fromModule = normalise(CorpusDifferentialTest.run(py).stdout());
        assertEquals(fromModule, fromOption);
    }
}
