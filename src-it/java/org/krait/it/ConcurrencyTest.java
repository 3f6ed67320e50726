package org.krait.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.Reader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Java threads calling into one engine: callbacks from a pool, and a script waiting on Java. */
class ConcurrencyTest {

    private final ScriptEngine engine = Engines.python();

    @AfterEach
    void close() throws Exception {
        Engines.close(engine);
    }

    @Test
    void pythonCallbackRunByAnExecutorService() throws Exception {
        engine.eval(String.join("\n",
                "results = []",
                "def job(n):",
                "    def run():",
                "        total = sum(range(n))",
                "        results.append(total)",
                "        return total",
                "    return run"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                Object run = ((Invocable) engine).invokeFunction("job", i * 100);
                @SuppressWarnings("unchecked")
                Callable<Object> task = ((Invocable) engine).getInterface(run, Callable.class);
                futures.add(pool.submit(task));
            }
            long sum = 0;
            for (int i = 1; i <= 20; i++) {
                int n = i * 100;
                assertEquals(n * (n - 1) / 2, futures.get(i - 1).get(60, TimeUnit.SECONDS));
                sum += n * (n - 1) / 2;
            }
            assertEquals(sum, ((Number) engine.eval("sum(results)")).longValue());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A script blocked in Java (here a read of its context's reader, which waits on a latch)
     * lets other threads call into the same engine meanwhile: the latch is counted down only
     * after another thread's call into Python has returned, so holding the interpreter while
     * waiting would deadlock and the timeout fail the test.
     */
    @Test
    void scriptWaitingOnJavaLetsOtherThreadsIn() throws Exception {
        CountDownLatch latch = new CountDownLatch(1);
        CountDownLatch reading = new CountDownLatch(1);
        Reader waitingReader = new Reader() {
            private boolean done;

            @Override
            public int read(char[] buf, int off, int len) throws java.io.IOException {
                if (done) {
                    return -1;
                }
                reading.countDown();
                try {
                    latch.await();
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                }
                done = true;
                buf[off] = '\n';
                return 1;
            }

            @Override
            public void close() {
            }
        };
        engine.eval("calls = 0\ndef ping():\n    global calls\n    calls += 1\n    return calls");
        ScriptContext c = new SimpleScriptContext();
        c.setBindings(engine.createBindings(), ScriptContext.ENGINE_SCOPE);
        c.setReader(waitingReader);
        c.setWriter(new StringWriter());
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Object> waiting = pool.submit(() -> engine.eval("import sys\nsys.stdin.readline()\n'woke up'", c));
                reading.await();
                assertEquals(1, ((Invocable) engine).invokeFunction("ping"));
                assertEquals(2, ((Invocable) engine).invokeFunction("ping"));
                latch.countDown();
                assertEquals("woke up", waiting.get());
            } finally {
                pool.shutdownNow();
            }
        });
    }

    /**
     * The same with the script waiting on the latch itself (Java interop: the GIL is given up
     * around a call into Java), while this thread calls into the engine.
     */
    @Test
    void scriptWaitingOnACountDownLatch() throws Exception {
        CountDownLatch latch = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        engine.eval("calls = 0\ndef ping():\n    global calls\n    calls += 1\n    return calls");
        engine.put("latch", latch);
        engine.put("started", started);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Object> waiting = pool.submit(() -> engine.eval(String.join("\n",
                        "started.countDown()",
                        "getattr(latch, 'await')()     # await is a keyword in Python 3",
                        "'released after ' + str(calls) + ' calls'")));
                started.await();
                assertEquals(1, ((Invocable) engine).invokeFunction("ping"));
                assertEquals(2, ((Invocable) engine).invokeFunction("ping"));
                latch.countDown();
                assertEquals("released after 2 calls", waiting.get());
            } finally {
                pool.shutdownNow();
            }
        });
    }
}
