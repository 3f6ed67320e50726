package org.krait.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The context's writer, error writer and reader are sys.stdout, sys.stderr and sys.stdin, per thread. */
class ContextIoTest {

    private final ScriptEngine engine = Engines.python();

    @AfterEach
    void close() throws Exception {
        Engines.close(engine);
    }

    private ScriptContext context(StringWriter out, StringWriter err, String input) {
        ScriptContext c = new SimpleScriptContext();
        c.setBindings(engine.createBindings(), ScriptContext.ENGINE_SCOPE);
        c.setWriter(out);
        c.setErrorWriter(err);
        c.setReader(new StringReader(input));
        return c;
    }

    @Test
    void writersAndReaderAreTheStandardStreams() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ScriptContext c = context(out, err, "Ada\nrest\nof it\n");
        Object r = engine.eval(String.join("\n",
                "import sys",
                "name = input('name? ')",
                "print('hello', name)",
                "print('warning', file=sys.stderr)",
                "sys.stdout.write('partial')",
                "[line for line in sys.stdin]"), c);
        assertEquals("name? hello Ada\npartial", out.toString());
        assertEquals("warning\n", err.toString());
        assertEquals(List.of("rest\n", "of it\n"), r);
    }

    @Test
    void twoThreadsWithDifferentContextsNeverMix() throws Exception {
        int threads = 4;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String tag = "thread" + t;
                results.add(pool.submit(() -> {
                    StringWriter out = new StringWriter();
                    ScriptContext c = context(out, new StringWriter(), "");
                    c.getBindings(ScriptContext.ENGINE_SCOPE).put("tag", tag);
                    start.await();
                    engine.eval("for i in range(300):\n    print(tag, i)", c);
                    return out.toString();
                }));
            }
            for (int t = 0; t < threads; t++) {
                StringBuilder expected = new StringBuilder();
                for (int i = 0; i < 300; i++) {
                    expected.append("thread").append(t).append(' ').append(i).append('\n');
                }
                Future<String> f = results.get(t);
                assertEquals(expected.toString(), assertTimeoutPreemptively(Duration.ofSeconds(60), () -> f.get()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
