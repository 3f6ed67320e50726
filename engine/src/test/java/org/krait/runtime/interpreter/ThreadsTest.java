package org.krait.runtime.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.krait.compiler.Compiler;
import org.krait.runtime.PythonRuntime;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.SequenceOps;

/**
 * The GIL and thread states under load: Java threads calling into one interpreter through
 * {@link Interpreter#enter}/{@link Interpreter#exit}, threads of {@code _thread}, both at once,
 * a wait without the GIL while another thread calls in, interrupts, atexit, shutdown, and short-lived
 * threads leaving no state behind. Every wait is bounded: a hang fails the test.
 */
@DisplayName("The GIL: Java and Python threads in one interpreter")
class ThreadsTest {

    private static final long LIMIT_SECONDS = 60;

    /** What the programs share: a list every call appends to and a counter under a lock. */
    private static final String SHARED = String.join("\n",
            "import _thread, time",
            "items = []",
            "lock = _thread.allocate_lock()",
            "counter = 0",
            "def add(x):",
            "    global counter",
            "    items.append(x)",
            "    with lock:",
            "        counter += 1",
            "def worker(n, done):",
            "    for i in range(n):",
            "        add(i)",
            "    done.release()",
            "def start(threads, n):",
            "    locks = []",
            "    for t in range(threads):",
            "        done = _thread.allocate_lock()",
            "        done.acquire()",
            "        locks.append(done)",
            "        _thread.start_new_thread(worker, (n, done))",
            "    return locks",
            "def join(locks):",
            "    for done in locks:",
            "        done.acquire()",
            "");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<PythonRuntime> runtimes = new ArrayList<>();

    @AfterEach
    void close() {
        for (PythonRuntime r : runtimes) {
            r.close();
        }
    }

    private PythonRuntime runtime(String source) {
        PythonRuntime r = new PythonRuntime(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        runtimes.add(r);
        r.runMainFile(new Compiler().compileModule(source.getBytes(StandardCharsets.UTF_8), "<test>")).decref();
        return r;
    }

    /** {@code __main__.name} called with {@code args} under the GIL; the result's reference dropped. */
    private static void call(Interpreter interp, String name, PyObject... args) {
        ThreadState ts = interp.enter();
        try {
            CallOps.call(global(interp, name), args).decref();
        } finally {
            interp.exit(ts);
        }
    }

    private static PyObject global(Interpreter interp, String name) {
        return interp.loadedModule("__main__").dict().getItem(name);
    }

    private static long intGlobal(Interpreter interp, String name) {
        ThreadState ts = interp.enter();
        try {
            return ((PyInt) global(interp, name)).longValue();
        } finally {
            interp.exit(ts);
        }
    }

    private static int itemCount(Interpreter interp) {
        ThreadState ts = interp.enter();
        try {
            return SequenceOps.length(global(interp, "items"));
        } finally {
            interp.exit(ts);
        }
    }

    /** Starts {@code n} Java threads each calling {@code add} {@code calls} times. */
    private static List<Thread> javaCallers(Interpreter interp, int n, int calls, ConcurrentLinkedQueue<Throwable> failures) {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            Thread th = new Thread(() -> {
                try {
                    for (int i = 0; i < calls; i++) {
                        ThreadState ts = interp.enter();
                        try {
                            PyInt x = PyInt.of(i);
                            CallOps.call(global(interp, "add"), x).decref();
                            x.decref();
                        } finally {
                            interp.exit(ts);
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "caller-" + t);
            th.start();
            threads.add(th);
        }
        return threads;
    }

    private static void joinAll(List<Thread> threads) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
        for (Thread t : threads) {
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            if (t.isAlive()) {
                fail(t.getName() + " still running after " + LIMIT_SECONDS + " s");
            }
        }
    }

    private static void assertNoFailures(ConcurrentLinkedQueue<Throwable> failures) {
        if (!failures.isEmpty()) {
            AssertionError e = new AssertionError(failures.size() + " threads failed");
            failures.forEach(e::addSuppressed);
            throw e;
        }
    }

    @Test
    @DisplayName("16 Java threads x 10,000 calls: no lost append, exact counter")
    void javaThreadsCallIn() throws InterruptedException {
        Interpreter interp = runtime(SHARED).interpreter();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        joinAll(javaCallers(interp, 16, 10_000, failures));
        assertNoFailures(failures);
        assertEquals(160_000, itemCount(interp));
        assertEquals(160_000, intGlobal(interp, "counter"));
    }

    @Test
    @DisplayName("8 Python threads x 10,000 calls")
    void pythonThreads() throws InterruptedException {
        Interpreter interp = runtime(SHARED + "join(start(8, 10000))\n").interpreter();
        assertEquals(80_000, itemCount(interp));
        assertEquals(80_000, intGlobal(interp, "counter"));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("Python and Java threads at once")
    void mixedThreads() throws InterruptedException {
        Interpreter interp = runtime(SHARED).interpreter();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicReference<PyObject> locks = new AtomicReference<>();
        ThreadState ts = interp.enter();
        try {
            PyInt four = PyInt.of(4);
            PyInt n = PyInt.of(10_000);
            locks.set(CallOps.call(global(interp, "start"), four, n));
        } finally {
            interp.exit(ts);
        }
        joinAll(javaCallers(interp, 4, 10_000, failures));
        call(interp, "join", locks.get());
        assertNoFailures(failures);
        assertEquals(80_000, itemCount(interp));
        assertEquals(80_000, intGlobal(interp, "counter"));
    }

    @Test
    @DisplayName("A thread waiting without the GIL does not stop another from calling in")
    void waitWhileAnotherCallsIn() throws InterruptedException {
        Interpreter interp = runtime(SHARED).interpreter();
        CountDownLatch latch = new CountDownLatch(1);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        Thread waiter = new Thread(() -> {
            ThreadState ts = interp.enter();
            try {
                CallOps.call(global(interp, "add"), PyInt.of(1)).decref();
                boolean released = ThreadState.unlocked(() -> {
                    try {
                        return latch.await(LIMIT_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        return false;
                    }
                });
                assertTrue(released, "the latch was never counted down");
                CallOps.call(global(interp, "add"), PyInt.of(3)).decref();
            } catch (Throwable e) {
                failures.add(e);
            } finally {
                interp.exit(ts);
            }
        }, "waiter");
        Thread caller = new Thread(() -> {
            try {
                call(interp, "add", PyInt.of(2));
                latch.countDown();
            } catch (Throwable e) {
                failures.add(e);
            }
        }, "caller");
        waiter.start();
        caller.start();
        joinAll(List.of(waiter, caller));
        assertNoFailures(failures);
        assertEquals(3, itemCount(interp));
    }

    /** Runs {@code source}'s {@code block()} on a new Java thread, interrupts it, and returns what it raised. */
    private PythonException interrupted(String source) throws InterruptedException {
        Interpreter interp = runtime(source).interpreter();
        AtomicReference<Throwable> raised = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            ThreadState ts = interp.enter();
            try {
                started.countDown();
                CallOps.call(global(interp, "block")).decref();
            } catch (Throwable e) {
                raised.set(e);
            } finally {
                interp.exit(ts);
            }
        }, "interrupted");
        t.start();
        assertTrue(started.await(LIMIT_SECONDS, TimeUnit.SECONDS));
        Thread.sleep(100);
        t.interrupt();
        joinAll(List.of(t));
        Throwable e = raised.get();
        if (!(e instanceof PythonException)) {
            throw new AssertionError("expected KeyboardInterrupt, got " + e, e);
        }
        return (PythonException) e;
    }

    @Test
    @DisplayName("Thread.interrupt() raises KeyboardInterrupt in a loop, in time.sleep and in a lock wait")
    void interruptRaisesKeyboardInterrupt() throws InterruptedException {
        assertTrue(interrupted("def block():\n    while True:\n        pass\n").matches(ExceptionTypes.KEYBOARD_INTERRUPT));
        assertTrue(interrupted("import time\ndef block():\n    time.sleep(1000)\n").matches(ExceptionTypes.KEYBOARD_INTERRUPT));
        assertTrue(interrupted("import _thread\nl = _thread.allocate_lock()\nl.acquire()\ndef block():\n    l.acquire()\n")
                .matches(ExceptionTypes.KEYBOARD_INTERRUPT));
    }

    @Test
    @DisplayName("interrupt_main() raises KeyboardInterrupt in the main thread")
    void interruptMain() throws InterruptedException {
        PythonRuntime r = runtime("import _thread, time\n"
                + "try:\n"
                + "    _thread.start_new_thread(_thread.interrupt_main, ())\n"
                + "    time.sleep(1000)\n"
                + "except KeyboardInterrupt:\n"
                + "    print('interrupted')\n");
        assertEquals("interrupted\n", out.toString(StandardCharsets.UTF_8));
        assertFalse(Thread.interrupted());
        assertSame(Thread.currentThread(), r.interpreter().mainThread());
    }

    @Test
    @DisplayName("atexit functions run last first at close, a failure reported as CPython does")
    void atexitOrder() {
        PythonRuntime r = runtime("import atexit\n"
                + "class Boom:\n"
                + "    def __call__(self):\n"
                + "        raise ValueError('boom')\n"
                + "    def __repr__(self):\n"
                + "        return 'Boom()'\n"
                + "atexit.register(print, 'first')\n"
                + "atexit.register(Boom())\n"
                + "atexit.register(print, 'second', end='!\\n')\n"
                + "print('main')\n");
        r.close();
        assertEquals("main\nsecond!\nfirst\n", out.toString(StandardCharsets.UTF_8));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.startsWith("Exception ignored in atexit callback: Boom()\nTraceback (most recent call last):\n"), e);
        assertTrue(e.endsWith("ValueError: boom\n"), e);
    }

    @Test
    @DisplayName("Shutdown stops a daemon thread that never ends")
    void shutdownStopsDaemonThreads() throws InterruptedException {
        PythonRuntime r = runtime("import _thread\n"
                + "def spin():\n"
                + "    while True:\n"
                + "        pass\n"
                + "_thread.start_new_thread(spin, ())\n");
        Interpreter interp = r.interpreter();
        List<Thread> python = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("krait-thread-") && t.isAlive()) {
                python.add(t);
            }
        }
        r.close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
        while (interp.threadCount() > 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(1, interp.threadCount(), "only the thread that closed the interpreter has a state");
        assertFalse(python.isEmpty());
    }

    @Test
    @DisplayName("1,000 short-lived Java threads leave no thread states behind")
    void shortLivedThreadsLeaveNothing() throws InterruptedException {
        Interpreter interp = runtime(SHARED).interpreter();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        for (int batch = 0; batch < 10; batch++) {
            joinAll(javaCallers(interp, 100, 1, failures));
        }
        assertNoFailures(failures);
        assertEquals(1_000, itemCount(interp));
        assertEquals(1, interp.threadCount(), "only this thread has a state");
    }

    @Test
    @DisplayName("One thread in two interpreters, nested: each keeps its own state")
    void nestedInterpreters() {
        Interpreter a = runtime("x = 'a'\n").interpreter();
        Interpreter b = runtime("x = 'b'\n").interpreter();
        ThreadState ta = a.enter();
        try {
            ThreadState tb = b.enter();
            try {
                assertNotSame(ta, tb);
                assertSame(tb, ThreadState.current());
                ThreadState again = a.enter();
                try {
                    assertSame(ta, again);
                    assertSame(ta, ThreadState.current());
                } finally {
                    a.exit(again);
                }
                assertSame(tb, ThreadState.current());
                assertEquals("b", global(b, "x").toString());
            } finally {
                b.exit(tb);
            }
            assertSame(ta, ThreadState.current());
            assertEquals("a", global(a, "x").toString());
        } finally {
            a.exit(ta);
        }
    }

    @Test
    @DisplayName("Python threads see their own module state: get_ident differs, _local per thread")
    void threadLocalData() {
        runtime("import _thread, time\n"
                + "loc = _thread._local()\n"
                + "loc.x = 'main'\n"
                + "seen = []\n"
                + "done = _thread.allocate_lock()\n"
                + "done.acquire()\n"
                + "def run():\n"
                + "    seen.append(hasattr(loc, 'x'))\n"
                + "    loc.x = 'thread'\n"
                + "    seen.append(_thread.get_ident() != main)\n"
                + "    done.release()\n"
                + "main = _thread.get_ident()\n"
                + "_thread.start_new_thread(run, ())\n"
                + "done.acquire()\n"
                + "print(seen, loc.x)\n");
        assertEquals("[False, True] main\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("A module run on the main thread gives the GIL to a Python thread that asks")
    void switchInterval() {
        runtime("import _thread, sys\n"
                + "sys.setswitchinterval(0.001)\n"
                + "flag = []\n"
                + "def set_flag():\n"
                + "    flag.append(1)\n"
                + "_thread.start_new_thread(set_flag, ())\n"
                + "n = 0\n"
                + "while not flag:\n"
                + "    n += 1\n"
                + "print('switched', sys.getswitchinterval())\n");
        assertEquals("switched 0.001\n", out.toString(StandardCharsets.UTF_8));
    }
}
