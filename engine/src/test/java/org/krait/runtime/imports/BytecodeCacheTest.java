package org.krait.runtime.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.krait.compiler.Compiler;
import org.krait.runtime.PythonRuntime;
import org.krait.runtime.bytecode.PyCode;

/**
 * The {@code __pycache__} files of imported modules: a second import, in a fresh interpreter,
 * reads the .pyc and does not compile the source; an edited source is compiled again; a damaged
 * .pyc is replaced when the source is there and raises CPython's exception when it is not.
 * Compilations are counted by a {@link SourceCompiler} installed around the engine's.
 */
@DisplayName("Imports write and reuse __pycache__/NAME.krait-311.pyc files")
class BytecodeCacheTest {

    @TempDir
    Path dir;

    /** The file names the import system compiled, in order. */
    private final List<String> compiled = new ArrayList<>();
    private final Compiler engine = new Compiler();

    @BeforeEach
    void countCompilations() {
        SourceCompiler.install(new SourceCompiler() {
            @Override
            public PyCode compileModule(byte[] source, String filename) {
                compiled.add(Path.of(filename).getFileName().toString());
                return engine.compileModule(source, filename);
            }

            @Override
            public PyCode compile(String source, String filename, String mode) {
                return engine.compile(source, filename, mode);
            }
        });
    }

    @AfterEach
    void restoreCompiler() {
        SourceCompiler.install(engine);
    }

    /** Runs {@code program} in a fresh interpreter whose sys.path starts with the test directory; returns its stdout. */
    private String run(String program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PythonRuntime runtime = new PythonRuntime(o, o);
        runtime.setMainArguments(List.of(""), dir.toString());
        PyCode code = Compiler.compileFile(program.getBytes(StandardCharsets.UTF_8), "<test>");
        runtime.exec(code, runtime.mainModule());
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path pyc(String module) {
        return dir.resolve("__pycache__").resolve(module + ".krait-311.pyc");
    }

    private void writeSource(String module, String text) throws Exception {
        Path file = dir.resolve(module + ".py");
        Files.writeString(file, text);
        // A distinct mtime each time, as an edit a second later would have.
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() / 1000 * 1000 + compiled.size() * 2000L));
    }

    @Test
    @DisplayName("the second import reads the .pyc and does not compile the source")
    void secondImportReadsThePyc() throws Exception {
        writeSource("cached", "value = 'from cached'\n");
        assertEquals("from cached\n", run("import cached\nprint(cached.value)\n"));
        assertEquals(List.of("cached.py"), compiled);
        assertTrue(Files.isRegularFile(pyc("cached")), "no .pyc written");
        byte[] header = Files.readAllBytes(pyc("cached"));
        assertEquals(PycFiles.MAGIC_VALUE, (header[0] & 0xFF) | (header[1] & 0xFF) << 8);
        assertEquals("from cached\n", run("import cached\nprint(cached.value)\n"));
        assertEquals(List.of("cached.py"), compiled, "the source was compiled again");
    }

    @Test
    @DisplayName("an edited source is compiled again and its .pyc rewritten")
    void editedSourceIsRecompiled() throws Exception {
        writeSource("edited", "value = 1\n");
        assertEquals("1\n", run("import edited\nprint(edited.value)\n"));
        writeSource("edited", "value = 22\n");
        assertEquals("22\n", run("import edited\nprint(edited.value)\n"));
        assertEquals(List.of("edited.py", "edited.py"), compiled);
        assertEquals("22\n", run("import edited\nprint(edited.value)\n"));
        assertEquals(2, compiled.size(), "the rewritten .pyc was not used");
    }

    @Test
    @DisplayName("a damaged .pyc beside its source is ignored and replaced")
    void damagedPycIsReplaced() throws Exception {
        writeSource("damaged", "value = 'ok'\n");
        run("import damaged\n");
        byte[] good = Files.readAllBytes(pyc("damaged"));
        for (byte[] damage : new byte[][] {new byte[0], "junk".getBytes(), new byte[] {(byte) good[0], good[1], good[2], good[3], 0},
                java.util.Arrays.copyOf(good, 16)}) {
            Files.write(pyc("damaged"), damage);
            assertEquals("ok\n", run("import damaged\nprint(damaged.value)\n"));
        }
        assertTrue(compiled.size() >= 4, "damaged .pyc files were trusted: " + compiled);
        assertTrue(Files.size(pyc("damaged")) > 16, "the damaged .pyc was not rewritten");
    }

    @Test
    @DisplayName("a damaged .pyc without its source raises CPython's exceptions")
    void sourcelessDamagedPycRaises() throws Exception {
        writeSource("lonely", "value = 'sourceless'\n");
        run("import lonely\n");
        byte[] good = Files.readAllBytes(pyc("lonely"));
        Files.delete(dir.resolve("lonely.py"));
        Files.write(dir.resolve("lonely.pyc"), good);
        assertEquals("sourceless\n", run("import lonely\nprint(lonely.value)\n"));
        String probe = "try:\n    import lonely\nexcept BaseException as e:\n    print(type(e).__name__, e)\n";
        Files.write(dir.resolve("lonely.pyc"), "XXXXXXXXXXXXXXXXXXXX".getBytes());
        assertEquals("ImportError bad magic number in 'lonely': b'XXXX'\n", run(probe));
        Files.write(dir.resolve("lonely.pyc"), java.util.Arrays.copyOf(good, 10));
        assertEquals("EOFError reached EOF while reading pyc header of 'lonely'\n", run(probe));
        byte[] garbage = java.util.Arrays.copyOf(good, 20);
        garbage[16] = (byte) 0xFF;
        Files.write(dir.resolve("lonely.pyc"), garbage);
        String r = run(probe);
        assertTrue(r.startsWith("ValueError ") || r.startsWith("EOFError "), r);
        Files.write(dir.resolve("lonely.pyc"), java.util.Arrays.copyOf(good, 16));
        assertTrue(run(probe).startsWith("EOFError "), "an empty body must be EOFError");
    }

    @Test
    @DisplayName("sys.dont_write_bytecode leaves no .pyc")
    void dontWriteBytecode() throws Exception {
        writeSource("unwritten", "value = 3\n");
        assertEquals("3\n", run("import sys\nsys.dont_write_bytecode = True\nimport unwritten\nprint(unwritten.value)\n"));
        assertFalse(Files.exists(pyc("unwritten")));
    }

    @Test
    @DisplayName("a hash-based .pyc is checked against the source's hash")
    void hashBasedPyc() throws Exception {
        writeSource("hashed", "value = 'h1'\n");
        String compile = "import py_compile\npy_compile.compile('" + dir.resolve("hashed.py")
                + "', invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)\n";
        run(compile);
        compiled.clear();
        assertEquals("h1\n", run("import hashed\nprint(hashed.value)\n"));
        assertEquals(List.of(), compiled, "a current hash-based .pyc was not used");
        Files.writeString(dir.resolve("hashed.py"), "value = 'h2'\n");
        assertEquals("h2\n", run("import hashed\nprint(hashed.value)\n"));
        assertEquals(List.of("hashed.py"), compiled);
    }

    @Test
    @DisplayName("a program that cannot be compiled raises SyntaxError, and no .pyc is left")
    void syntaxErrorWritesNothing() throws Exception {
        writeSource("broken", "x = (\n");
        assertEquals("SyntaxError\n", run("try:\n    import broken\nexcept SyntaxError as e:\n    print(type(e).__name__)\n"));
        assertFalse(Files.exists(pyc("broken")));
    }
}
