package org.krait.compiler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.imports.PycFiles;

/**
 * Run by the build (the engine's {@code process-classes} phase): compiles every bundled module
 * under the runtime's {@code org/krait/lib} into a hash-based {@code .pyc} named after the module
 * ({@code importlib/util.py} is {@code importlib.util.pyc}) in the output directory, which the
 * engine's jar carries as {@code org/krait/lib/__frozen__/}. The code objects are named
 * {@code <frozen NAME>}, as a bundled module compiled at run time is.
 *
 * <p>Usage: {@code FrozenModuleWriter LIB_DIR OUTPUT_DIR}.
 */
public final class FrozenModuleWriter {

    private FrozenModuleWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: FrozenModuleWriter LIB_DIR OUTPUT_DIR");
        }
        Path lib = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Path> sources;
        try (Stream<Path> s = Files.walk(lib)) {
            sources = s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        Files.createDirectories(out);
        for (Path source : sources) {
            String fullname = moduleName(lib.relativize(source));
            byte[] text = Files.readAllBytes(source);
            PyCode code = Compiler.compileFile(text, "<frozen " + fullname + ">");
            Files.write(out.resolve(fullname + ".pyc"), PycFiles.hashPyc(code, PycFiles.sourceHash(text), true));
        }
        System.out.println("FrozenModuleWriter: " + sources.size() + " bundled modules compiled into " + out);
    }

    /** {@code a/b/__init__.py} is {@code a.b}; {@code a/b.py} is {@code a.b}. */
    private static String moduleName(Path relative) {
        String s = relative.toString().replace('\\', '/');
        s = s.substring(0, s.length() - ".py".length());
        if (s.endsWith("/__init__")) {
            s = s.substring(0, s.length() - "/__init__".length());
        }
        return s.replace('/', '.');
    }
}
