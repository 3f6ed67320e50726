package org.krait.runtime.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.krait.compiler.Compiler;
import org.krait.runtime.PythonRuntime;
import org.krait.runtime.bytecode.PyCode;

/**
 * Modules and packages imported from a jar or zip file named on {@code sys.path} (zipimport),
 * and from the resources of a Java class loader through a {@code classpath:} entry, as a host
 * application ships plugins inside its own jar.
 */
@DisplayName("Imports from jar and zip files and from class path resources")
class ArchiveImportTest {

    @TempDir
    Path dir;

    private static final Map<String, String> PLUGIN = Map.of(
            "plugins/greeter/__init__.py", "from .words import HELLO\ndef greet(who):\n    return HELLO + ', ' + who\n",
            "plugins/greeter/words.py", "HELLO = 'hello'\n",
            "plugins/greeter/data.txt", "packaged data\n",
            "plugins/single.py", "NAME = __name__\n");

    private Path jar(String name) throws Exception {
        Path jar = dir.resolve(name);
        try (OutputStream f = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(f)) {
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(PLUGIN).entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private String run(PythonRuntime runtime, String program) {
        PyCode code = Compiler.compileFile(program.getBytes(StandardCharsets.UTF_8), "<test>");
        runtime.exec(code, runtime.mainModule());
        return "";
    }

    private String[] runtimeOutput(ClassLoader loader, String program) {
        SourceCompiler.install(new Compiler());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PythonRuntime runtime = new PythonRuntime(o, o);
        runtime.setMainArguments(List.of(""), (String) null);
        if (loader != null) {
            runtime.interpreter().imports().setClassLoader(loader);
        }
        run(runtime, program);
        return out.toString(StandardCharsets.UTF_8).split("\n");
    }

    private static final String PROGRAM = "import sys\n"
            + "sys.path.insert(0, ENTRY)\n"
            + "import greeter, single\n"
            + "print(greeter.greet('world'))\n"
            + "print(single.NAME, greeter.words.__name__, greeter.__package__)\n"
            + "print(greeter.__file__.replace(ENTRY, '<entry>'))\n"
            + "print([p.replace(ENTRY, '<entry>') for p in greeter.__path__])\n"
            + "print(greeter.__loader__.get_data(greeter.__path__[0] + '/data.txt'))\n"
            + "import importlib.resources\n"
            + "print(importlib.resources.files('greeter').joinpath('data.txt').read_text(), end='')\n"
            + "print(type(greeter.__loader__).__name__)\n";

    @Test
    @DisplayName("a jar file on sys.path, with a directory inside it")
    void jarOnSysPath() throws Exception {
        String entry = jar("plugins.jar") + "/plugins";
        String[] out = runtimeOutput(null, "ENTRY = " + pyString(entry) + "\n" + PROGRAM);
        assertEquals(List.of("hello, world", "single greeter.words greeter", "<entry>/greeter/__init__.py",
                "['<entry>/greeter']", "b'packaged data\\n'", "packaged data", "zipimporter"), List.of(out));
    }

    @Test
    @DisplayName("a zip file's importer reports what it holds, and a missing module as ZipImportError")
    void zipImporterApi() throws Exception {
        String archive = jar("plain.zip").toString();
        String[] out = runtimeOutput(null, "import zipimport\n"
                + "z = zipimport.zipimporter(" + pyString(archive + "/plugins") + ")\n"
                + "print(z.is_package('greeter'), z.is_package('single'), z.prefix)\n"
                + "print(z.get_source('single'), end='')\n"
                + "print(z.find_spec('greeter').name, z.find_spec('nothing'))\n"
                + "try:\n    z.get_code('nothing')\nexcept zipimport.ZipImportError as e:\n    print(type(e).__name__, e)\n"
                + "try:\n    zipimport.zipimporter(" + pyString(dir.toString()) + ")\nexcept ImportError as e:\n    print(e)\n");
        assertEquals(List.of("True False plugins/", "NAME = __name__", "greeter None",
                "ZipImportError can't find module 'nothing'", "not a Zip file"), List.of(out));
    }

    @Test
    @DisplayName("a classpath: entry imports the resources of the host's class loader")
    void classpathResources() throws Exception {
        Path jar = jar("host.jar");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            String[] out = runtimeOutput(loader, "ENTRY = 'classpath:plugins'\n" + PROGRAM);
            assertEquals(List.of("hello, world", "single greeter.words greeter", "<entry>/greeter/__init__.py",
                    "['<entry>/greeter']", "b'packaged data\\n'", "packaged data", "ClasspathImporter"), List.of(out));
        }
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
