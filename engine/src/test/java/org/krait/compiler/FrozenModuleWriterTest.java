package org.krait.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.krait.runtime.imports.PycFiles;

/** The build's frozen code of the bundled modules is there for every one of them, and fits its source. */
@DisplayName("Every bundled module has frozen code compiled from its current source")
class FrozenModuleWriterTest {

    private static final Path LIB = Path.of("..", "runtime", "src", "main", "resources", "org", "krait", "lib");

    @Test
    void everyBundledModuleIsFrozenFromItsSource() throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Files.walk(LIB)) {
            sources = s.filter(p -> p.toString().endsWith(".py")).collect(Collectors.toList());
        }
        assertTrue(sources.size() > 20, "bundled modules found: " + sources.size());
        for (Path source : sources) {
            String name = LIB.relativize(source).toString().replace('\\', '/').replaceAll("(/__init__)?\\.py$", "").replace('/', '.');
            byte[] pyc;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/krait/lib/__frozen__/" + name + ".pyc")) {
                assertNotNull(in, "no frozen code for " + name);
                pyc = in.readAllBytes();
            }
            byte[] magic = PycFiles.magicNumber().toByteArray();
            for (int i = 0; i < 4; i++) {
                assertEquals(magic[i], pyc[i], name + ": magic number");
            }
            long hash = PycFiles.sourceHash(Files.readAllBytes(source));
            long stored = (pyc[8] & 0xFFL) | (pyc[9] & 0xFFL) << 8 | (pyc[10] & 0xFFL) << 16 | (pyc[11] & 0xFFL) << 24
                    | (pyc[12] & 0xFFL) << 32 | (pyc[13] & 0xFFL) << 40 | (pyc[14] & 0xFFL) << 48 | (pyc[15] & 0xFFL) << 56;
            assertEquals(hash, stored, name + ": frozen from another version of its source");
        }
    }
}
