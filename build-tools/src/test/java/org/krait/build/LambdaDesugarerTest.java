package org.krait.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles a class full of lambdas of every shape, desugars it, and runs it: the results are the
 * ones the JVM's own lambdas give (one instance per site that captures nothing, shared classes
 * switching on the site included), every lambda object is an ordinary class, no
 * {@code LambdaMetafactory} call is left, and a second run changes nothing.
 */
class LambdaDesugarerTest {

    private static final String SOURCE = """
            package p;
            import java.util.*;
            import java.util.function.*;
            public class Shapes {
                interface Marker {}
                interface IntOp { long apply(int x); }
                private int base = 40;
                private static String secret(String s) { return "<" + s + ">"; }
                private int plusBase(int x) { return x + base; }
                public static List<Object> run() {
                    List<Object> out = new ArrayList<>();
                    Supplier<String> constant = () -> "k";
                    out.add(constant.get());
                    String captured = "c";
                    Function<String, String> capturing = s -> s + captured;
                    out.add(capturing.apply("x"));
                    Function<String, String> privateRef = Shapes::secret;
                    out.add(privateRef.apply("y"));
                    Shapes self = new Shapes();
                    IntUnaryOperator bound = self::plusBase;
                    out.add(bound.applyAsInt(2));
                    Function<String, Integer> unbound = String::length;
                    out.add(unbound.apply("four"));
                    Supplier<List<String>> ctor = ArrayList::new;
                    out.add(ctor.get().size());
                    BiFunction<Integer, Integer, Integer> boxed = Integer::sum;
                    out.add(boxed.apply(3, 4));
                    IntOp widened = x -> x * 3;
                    out.add(widened.apply(5));
                    ToLongFunction<Integer> unboxWiden = Integer::intValue;
                    out.add(unboxWiden.applyAsLong(9));
                    Runnable marked = (Runnable & Marker) () -> out.add("marked");
                    marked.run();
                    out.add(marked instanceof Marker);
                    Comparator<String> cmp = Comparator.comparing(String::length);
                    out.add(cmp.compare("aa", "b"));
                    double d = 1.5;
                    long l = 7;
                    DoubleSupplier wide = () -> d + l;
                    out.add(wide.getAsDouble());
                    out.add(constant == constantAgain());
                    Supplier<String> a = sameSite(), b = sameSite();
                    out.add(a == b);
                    return out;
                }
                private static Supplier<String> constantAgain() { return () -> "k"; }
                private static Supplier<String> sameSite() { return () -> "s"; }
                public static List<Object> classes() {
                    Supplier<String> s = () -> "k";
                    String c = "c";
                    Supplier<String> t = () -> c;
                    return List.of(s.getClass(), t.getClass());
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void desugaredLambdasBehaveAsTheJvmsOwn() throws Exception {
        compile();
        List<?> expected = call("run");
        int done = LambdaDesugarer.desugar(dir, getClass().getClassLoader());
        assertEquals(16, done);
        assertEquals(expected, call("run"));
        assertEquals("[k, xc, <y>, 42, 4, 0, 7, 15, 9, marked, true, 1, 8.5, false, true]", expected.toString());
        for (Object c : call("classes")) {
            Class<?> k = (Class<?>) c;
            assertFalse(k.isHidden(), k + " is a hidden class");
            assertTrue(k.getName().matches("p\\.Shapes\\$\\$Fns?\\$\\d+"), k.getName());
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".class")).toList()) {
                String text = new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("LambdaMetafactory"), p + " still bootstraps a lambda");
            }
        }
        assertEquals(0, LambdaDesugarer.desugar(dir, getClass().getClassLoader()), "a second run changes nothing");
        assertEquals(expected, call("run"));
    }

    @Test
    void classesOfLambdasThatAreGoneAreDeleted() throws Exception {
        compile();
        LambdaDesugarer.desugar(dir, getClass().getClassLoader());
        Path stale = dir.resolve("p/Shapes$$Fns$0.class");
        assertTrue(Files.exists(stale));
        Files.writeString(dir.resolve("p/Shapes.java"), "package p; public class Shapes {}");
        compileOnly(dir.resolve("p/Shapes.java"));
        LambdaDesugarer.desugar(dir, getClass().getClassLoader());
        assertFalse(Files.exists(stale));
        try (Stream<Path> s = Files.list(dir.resolve("p"))) {
            assertEquals(List.of(), s.filter(p -> p.toString().contains("$$Fn")).toList());
        }
    }

    private void compile() throws IOException {
        Path src = dir.resolve("p/Shapes.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, SOURCE);
        compileOnly(src);
    }

    private void compileOnly(Path src) {
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.toString(), src.toString());
        assertEquals(0, status, "javac failed");
    }

    private List<?> call(String name) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            Method m = loader.loadClass("p.Shapes").getMethod(name);
            return (List<?>) m.invoke(null);
        }
    }
}
