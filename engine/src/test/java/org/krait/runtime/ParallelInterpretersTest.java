package org.krait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.krait.compiler.Compiler;
import org.krait.runtime.bytecode.PyCode;

/**
 * Separate interpreters in one JVM run at the same time on separate threads without seeing each
 * other: each gives, in parallel, exactly the output it gives alone, however often it is repeated;
 * and interpreters made and closed in a loop leave no memory or threads behind.
 */
@DisplayName("Interpreters run in parallel on separate threads and leave nothing behind")
class ParallelInterpretersTest {

    /** Classes made and changed in a loop: subclasses of builtins, version tags, caches, super(). */
    private static final String CLASSES = """
            out = []
            for i in range(200):
                class A:
                    x = i
                    def f(self): return self.x
                class B(A):
                    def f(self): return super().f() + 1
                class E(ValueError): pass
                class D(dict):
                    def __missing__(self, k): return k * 2
                class S(str): pass
                b = B()
                b.y = i
                A.x = i + 1
                try:
                    raise E("e%d" % i)
                except ValueError as e:
                    s = str(e)
                out.append((b.f(), D()[i], s, S("s") + "t"))
            names = {c.__name__ for c in object.__subclasses__()}
            print(out[-1], sum(t[0] for t in out), "A" in names, "E" in {c.__name__ for c in ValueError.__subclasses__()})
            print(len([c for c in dict.__subclasses__() if c.__name__ == "D"]), "__add__" in int.__dict__, len(int.__dict__) > 10)
            """;

    /** Strings: interning, hashing, formatting, big ints under this interpreter's digit limit. */
    private static final String STRINGS = """
            import sys
            words = ["w%d" % (i % 97) for i in range(20000)]
            d = {}
            for w in words:
                d[w] = d.get(w, 0) + 1
            print(sorted(d.items())[:3], len(d))
            print(sys.intern("ab" + str(3)) is sys.intern("ab3"), hash("xyz") == hash("xy" + "z"))
            print(len("".join(str(i) for i in range(3000))), "-".join(sorted(set("parallel interpreters"))))
            sys.set_int_max_str_digits(700)
            try:
                str(10 ** 800)
            except ValueError as e:
                print("limit", str(e)[:40])
            print(sys.get_int_max_str_digits(), f"{2**64:,}", "%x" % 255)
            """;

    /** Imports: the bundled modules (shared code objects) and a module of a shared directory. */
    private static final String IMPORTS = """
            import os, posixpath, types, abc, weakref, dis, ast, tempfile, importlib, stat
            import shared_mod
            class Base(abc.ABC):
                @abc.abstractmethod
                def f(self): ...
            class Impl(Base):
                def f(self): return 3
            r = weakref.ref(Impl)
            print(shared_mod.value(5), Impl().f(), r() is Impl, posixpath.join("a", "b"))
            print(ast.dump(ast.parse("x + 1").body[0].value), types.SimpleNamespace(a=1))
            print(len([i for i in dis.get_instructions(shared_mod.value)]) > 0, stat.S_ISDIR(0o040755))
            """;

    @TempDir
    Path dir;

    /** Runs {@code program} in a fresh interpreter importing from {@link #dir}; returns its output. */
    private String run(String program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (PythonRuntime runtime = new PythonRuntime(o, o)) {
            runtime.setMainArguments(List.of(""), dir.toString());
            PyCode code = Compiler.compileFile(program.getBytes(StandardCharsets.UTF_8), "<test>");
            runtime.exec(code, runtime.mainModule());
        } catch (RuntimeException e) {
            e.printStackTrace(o);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Thread worker(Runnable r) {
        return new Thread(null, r, "interpreter-worker", 256L << 20);
    }

    @Test
    @DisplayName("class-, string- and import-heavy programs on 6 threads at once print what they print alone, round after round")
    void parallelRunsMatchSolo() throws Exception {
        Files.writeString(dir.resolve("shared_mod.py"), "def value(n):\n    return sum(range(n)) * 2\n");
        String[] programs = {CLASSES, STRINGS, IMPORTS};
        String[] alone = new String[programs.length];
        for (int p = 0; p < programs.length; p++) {
            alone[p] = run(programs[p]);
            assertTrue(!alone[p].contains("Exception") && !alone[p].contains("Error:"), alone[p]);
        }
        ExecutorService pool = Executors.newFixedThreadPool(6, ParallelInterpretersTest::worker);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(12);
            int rounds = 0;
            do {
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    String program = programs[i % programs.length];
                    results.add(pool.submit(() -> run(program)));
                }
                for (int i = 0; i < 6; i++) {
                    assertEquals(alone[i % programs.length], results.get(i).get(60, TimeUnit.SECONDS),
                            "program " + i % programs.length + " in round " + rounds);
                }
                rounds++;
            } while (rounds < 3 || rounds < 12 && System.nanoTime() < deadline);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("100 interpreters made, used and closed one after another: the heap after GC does not grow, no thread is left")
    void interpretersAreReleased() throws Exception {
        Files.writeString(dir.resolve("shared_mod.py"), "def value(n):\n    return sum(range(n)) * 2\n");
        int threadsBefore = Thread.activeCount();
        long[] used = new long[2];
        Thread t = worker(() -> {
            for (int i = 0; i < 100; i++) {
                run(i % 2 == 0 ? CLASSES : IMPORTS);
                if (i == 19) {
                    used[0] = heapAfterGc();
                }
            }
            used[1] = heapAfterGc();
        });
        t.start();
        t.join(TimeUnit.SECONDS.toMillis(120));
        assertTrue(!t.isAlive(), "the loop did not finish");
        // Twenty interpreters' worth of warm-up is in the first figure; eighty more may not add to it.
        assertTrue(used[1] - used[0] < 24L << 20, "heap after GC grew from " + used[0] + " to " + used[1] + " bytes");
        assertEquals(threadsBefore, Thread.activeCount(), "threads left running");
    }

    @Test
    @DisplayName("a script starting a pool without the __main__ guard fails with BrokenInterpreterPool instead of starting workers without end")
    void unguardedPoolFails() throws Exception {
        Path script = dir.resolve("unguarded.py");
        Files.writeString(script, "from concurrent.futures.interpreter import InterpreterPoolExecutor\n"
                + "with InterpreterPoolExecutor(max_workers=1) as ex:\n"
                + "    print(list(ex.map(abs, [-1])))\n");
        String[] message = {null};
        Thread t = worker(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
            try (PythonRuntime runtime = new PythonRuntime(o, o)) {
                PyCode code = Compiler.compileFile(Files.readAllBytes(script), script.toString());
                runtime.runMain(code, script);
                message[0] = "no error; output: " + out.toString(StandardCharsets.UTF_8);
            } catch (org.krait.runtime.objects.exceptions.PythonException e) {
                message[0] = e.getMessage();
            } catch (java.io.IOException e) {
                message[0] = e.toString();
            }
        });
        t.start();
        t.join(TimeUnit.SECONDS.toMillis(60));
        assertTrue(!t.isAlive(), "the script did not end");
        assertTrue(message[0].contains("BrokenInterpreterPool") && message[0].contains("if __name__ == \"__main__\""),
                message[0]);
    }

    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
