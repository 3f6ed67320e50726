package org.krait.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.ScriptEngine;
import javax.script.SimpleBindings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A CompiledScript is immutable: evaluated again and again, with different bindings, by many threads at once. */
class CompiledScriptTest {

    private final ScriptEngine engine = Engines.python();

    @AfterEach
    void close() throws Exception {
        Engines.close(engine);
    }

    @Test
    void evaluatedAgainWithDifferentBindings() throws Exception {
        CompiledScript s = ((Compilable) engine).compile("total = price * qty\ntotal + 1");
        assertEquals(engine, s.getEngine());
        for (int i = 0; i < 10; i++) {
            Bindings b = engine.createBindings();
            b.put("price", i);
            b.put("qty", 3);
            assertEquals(i * 3 + 1, s.eval(b));
            assertEquals(i * 3, b.get("total"));
        }
        SimpleBindings plain = new SimpleBindings();
        plain.put("price", 2.5);
        plain.put("qty", 2);
        assertEquals(6.0, s.eval(plain));
    }

    @Test
    void eightThreadsAtOnceWithDifferentBindings() throws Exception {
        CompiledScript s = ((Compilable) engine).compile(String.join("\n",
                "acc = 0",
                "for i in range(n):",
                "    acc += i * k",
                "(name, acc)"));
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<List<?>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int k = t + 1;
                boolean own = t % 2 == 0;
                results.add(pool.submit(() -> {
                    go.await();
                    List<Object> values = new ArrayList<>();
                    for (int round = 0; round < 50; round++) {
                        Bindings b = own ? engine.createBindings() : new SimpleBindings();
                        b.put("n", 1000);
                        b.put("k", k);
                        b.put("name", "t" + k);
                        values.add(s.eval(b));
                    }
                    return values;
                }));
            }
            go.countDown();
            for (int t = 0; t < threads; t++) {
                int k = t + 1;
                List<?> values = results.get(t).get(120, TimeUnit.SECONDS);
                assertEquals(50, values.size());
                for (Object v : values) {
                    assertEquals(List.of("t" + k, 499500 * k), v);
                }
            }
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }
}
