package org.krait.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.lang.ref.WeakReference;
import javax.script.ScriptEngine;
import org.junit.jupiter.api.Test;

/** Engines are AutoCloseable, and a dropped one is reclaimed by the JVM. */
class LifecycleTest {

    @Test
    void closeFlushesAndEndsTheEngine() throws Exception {
        ScriptEngine e = Engines.python();
        StringWriter out = new StringWriter();
        e.getContext().setWriter(out);
        e.eval("import sys\nsys.stdout.write('unflushed')");
        assertTrue(e instanceof AutoCloseable);
        ((AutoCloseable) e).close();
        ((AutoCloseable) e).close();
        assertEquals("unflushed", out.toString());
        assertThrows(IllegalStateException.class, () -> e.eval("1"));
    }

    @Test
    void closeRunsAtexitAndStopsPythonThreads() throws Exception {
        ScriptEngine e = Engines.python();
        StringWriter out = new StringWriter();
        e.getContext().setWriter(out);
        e.eval(String.join("\n",
                "import atexit, _thread, time",
                "atexit.register(print, 'atexit ran')",
                "ticks = []",
                "def spin():",
                "    while True:",
                "        ticks.append(1)",
                "        time.sleep(0.01)",
                "_thread.start_new_thread(spin, ())",
                "while not ticks:",
                "    time.sleep(0.01)"));
        java.util.Set<Thread> before = pythonThreads();
        assertTrue(!before.isEmpty(), "no Python thread was started");
        ((AutoCloseable) e).close();
        assertEquals("atexit ran\n", out.toString());
        for (Thread t : before) {
            t.join(5000);
            assertTrue(!t.isAlive(), t + " still runs after close()");
        }
    }

    /** The Java threads running Python threads started by scripts. */
    private static java.util.Set<Thread> pythonThreads() {
        java.util.Set<Thread> threads = new java.util.HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("krait-thread-")) {
                threads.add(t);
            }
        }
        return threads;
    }

    @Test
    void droppedEnginesAreCollected() throws Exception {
        WeakReference<ScriptEngine> ref = dropOne();
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(ref.get(), "a dropped engine stayed reachable");
    }

    private static WeakReference<ScriptEngine> dropOne() throws Exception {
        ScriptEngine e = Engines.python();
        e.eval("def f(x): return x + 1\ndata = [f(i) for i in range(100)]");
        Object view = e.get("data");
        assertEquals(100, ((java.util.List<?>) view).size());
        return new WeakReference<>(e);
    }

    @Test
    void aThousandDroppedEnginesKeepHeapMetaspaceAndThreadsBounded() throws Exception {
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        churn(100);
        long heapBefore = settledHeap(memory);
        long metaBefore = metaspace();
        int threadsBefore = Thread.activeCount();
        churn(1000);
        long heapGrowth = settledHeap(memory) - heapBefore;
        long metaGrowth = metaspace() - metaBefore;
        int threadsAfter = Thread.activeCount();
        System.out.printf("1,000 dropped engines: heap %+.1f MB, metaspace %+.1f MB, threads %d -> %d%n",
                heapGrowth / 1e6, metaGrowth / 1e6, threadsBefore, threadsAfter);
        assertTrue(heapGrowth < 20_000_000, "heap grew by " + heapGrowth + " bytes");
        assertTrue(metaGrowth < 10_000_000, "metaspace grew by " + metaGrowth + " bytes");
        assertTrue(threadsAfter <= threadsBefore + 2, "threads: " + threadsBefore + " -> " + threadsAfter);
    }

    /** Makes {@code n} engines, each used a little (a class, a function, a binding), and drops them. */
    private static void churn(int n) throws Exception {
        for (int i = 0; i < n; i++) {
            ScriptEngine e = Engines.python();
            e.put("n", i);
            e.eval("class Point:\n    def __init__(self, x): self.x = x\nv = sum(Point(k).x for k in range(n % 7))");
            assertEquals(i % 7 * (i % 7 - 1) / 2, ((Number) e.get("v")).intValue());
        }
    }

    private static long settledHeap(java.lang.management.MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(20);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static long metaspace() {
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals("Metaspace")) {
                return pool.getUsage().getUsed();
            }
        }
        return 0;
    }
}
