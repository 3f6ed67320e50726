package org.krait.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Java seen from Python through the engine: imports, calls, Java objects both ways, exceptions, callbacks. */
public class JavaFromPythonTest {

    /** A class of the host application, imported by the scripts below. */
    public static final class Tally {
        private final List<String> seen = new ArrayList<>();

        public synchronized void add(String item) {
            seen.add(item);
        }

        public synchronized int getCount() {
            return seen.size();
        }

        public static void check(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("negative: " + n);
            }
        }
    }

    private final ScriptEngine engine = Engines.python();

    @AfterEach
    void close() throws Exception {
        Engines.close(engine);
    }

    @Test
    void scriptsImportJavaAndTheHostsClasses() throws Exception {
        StringWriter out = new StringWriter();
        engine.getContext().setWriter(out);
        Object list = engine.eval(String.join("\n",
                "from java.util import ArrayList",
                "from org.krait.it import JavaFromPythonTest",
                "t = JavaFromPythonTest.Tally()",
                "for w in ('a', 'b'): t.add(w)",
                "print(t.count, isinstance(t, JavaFromPythonTest.Tally))",
                "lst = ArrayList([3, 1, 2]); lst.sort(lambda a, b: a - b)",
                "lst"));
        assertEquals("2 True\n", out.toString());
        assertInstanceOf(ArrayList.class, list, "a Java object comes back as itself");
        assertEquals(List.of(1, 2, 3), list);
    }

    @Test
    void javaObjectsFromTheHostAreUsableInPython() throws Exception {
        Tally tally = new Tally();
        engine.put("tally", tally);
        engine.eval("tally.add('x'); tally.add('y')");
        assertEquals(2, tally.getCount());
        assertEquals(2, engine.eval("tally.count"));
    }

    @Test
    void aJavaExceptionIsCaughtInPythonAndEscapesWithTheJavaCause() throws Exception {
        assertEquals("caught negative: -1", engine.eval(String.join("\n",
                "from org.krait.it import JavaFromPythonTest",
                "from java.lang import IllegalArgumentException",
                "try:",
                "    JavaFromPythonTest.Tally.check(-1)",
                "except IllegalArgumentException as e:",
                "    r = 'caught ' + str(e)",
                "r")));
        ScriptException e = assertThrows(ScriptException.class,
                () -> engine.eval("from org.krait.it import JavaFromPythonTest\nJavaFromPythonTest.Tally.check(-2)\n"));
        assertTrue(e.getMessage().contains("IllegalArgumentException: negative: -2"), e.getMessage());
        Throwable cause = e;
        while (cause != null && !(cause instanceof IllegalArgumentException)) {
            cause = cause.getCause();
        }
        assertInstanceOf(IllegalArgumentException.class, cause, "the Java exception is in the cause chain");
        assertEquals("negative: -2", cause.getMessage());
    }

    @Test
    void pythonRunnablesRunOnTheHostsExecutor() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Tally tally = new Tally();
            engine.put("pool", pool);
            engine.put("tally", tally);
            engine.eval(String.join("\n",
                    "from java.lang import Runnable",
                    "class Job(Runnable):",
                    "    def __init__(self, n):",
                    "        self.n = n",
                    "    def run(self):",
                    "        tally.add(str(self.n))",
                    "for f in [pool.submit(Job(i)) for i in range(20)]:",
                    "    f.get()"));
            assertEquals(20, tally.getCount());
        } finally {
            pool.shutdown();
        }
    }
}
