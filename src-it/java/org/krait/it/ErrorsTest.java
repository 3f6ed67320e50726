package org.krait.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Python errors as ScriptExceptions: syntax errors, exceptions, recursion, interrupts. */
class ErrorsTest {

    private final ScriptEngine engine = Engines.python();

    @AfterEach
    void close() throws Exception {
        Engines.close(engine);
    }

    @Test
    void syntaxErrorHasFileLineAndColumn() {
        engine.put(ScriptEngine.FILENAME, "broken.py");
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("x = 1\nz = 3 $ 4\n"));
        assertEquals("broken.py", e.getFileName());
        assertEquals(2, e.getLineNumber());
        assertEquals(7, e.getColumnNumber());
        assertTrue(e.getMessage().startsWith("SyntaxError: invalid syntax"), e.getMessage());
        ScriptException unclosed = assertThrows(ScriptException.class, () -> engine.eval("x = 1\ny = (2 +\nz = 3\n"));
        assertEquals("SyntaxError: '(' was never closed in broken.py at line number 2 at column number 5", unclosed.getMessage());
        ScriptException indent = assertThrows(ScriptException.class, () -> engine.eval("if True:\nx = 1"));
        assertTrue(indent.getMessage().startsWith("IndentationError: expected an indented block after 'if' statement on line 1"),
                indent.getMessage());
        assertEquals(2, indent.getLineNumber());
    }

    @Test
    void exceptionsCarryMessageLineTracebackAndTheObject() throws Exception {
        engine.put(ScriptEngine.FILENAME, "app.py");
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval(String.join("\n",
                "def inner(d):",
                "    return d['missing']",
                "",
                "inner({})")));
        assertEquals("app.py", e.getFileName());
        assertEquals(2, e.getLineNumber());
        assertEquals("KeyError: 'missing' in app.py at line number 2", e.getMessage());
        Throwable cause = e.getCause();
        assertNotNull(cause);
        assertEquals("KeyError: 'missing'", cause.getMessage());
        String traceback = (String) cause.getClass().getMethod("pythonTraceback").invoke(cause);
        assertEquals(String.join("\n",
                "Traceback (most recent call last):",
                "  File \"app.py\", line 4, in <module>",
                "  File \"app.py\", line 2, in inner",
                "KeyError: 'missing'",
                ""), traceback);
        // The exception object itself, reachable and usable through the engine.
        Object exc = cause.getClass().getMethod("pythonException").invoke(cause);
        assertEquals(List.of("missing"), ((Invocable) engine).invokeMethod(exc, "__getattribute__", "args"));
        engine.eval("def type_name(e): return type(e).__name__");
        assertEquals("KeyError", ((Invocable) engine).invokeFunction("type_name", exc));
    }

    @Test
    void deepRecursionIsARecursionError() {
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("def f(n): return f(n + 1)\nf(0)"));
        assertTrue(e.getMessage().startsWith("RecursionError: maximum recursion depth exceeded"), e.getMessage());
        ScriptException viaJava = assertThrows(ScriptException.class, () -> engine.eval(String.join("\n",
                "class Deep:",
                "    def __getattr__(self, name): return getattr(self, name + 'x')",
                "Deep().a")));
        assertTrue(viaJava.getMessage().startsWith("RecursionError: maximum recursion depth exceeded"), viaJava.getMessage());
    }

    @Test
    void interruptStopsAnInfiniteLoopWithinASecond() throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                engine.eval("while True: pass");
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        Thread.sleep(300);
        long interrupted = System.nanoTime();
        t.interrupt();
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> t.join());
        assertTrue(System.nanoTime() - interrupted < 1_000_000_000L);
        Throwable e = thrown.get();
        assertTrue(e instanceof ScriptException, String.valueOf(e));
        assertTrue(e.getMessage().startsWith("KeyboardInterrupt"), e.getMessage());
        // the engine goes on working afterwards
        assertEquals(3, engine.eval("1 + 2"));
    }

    @Test
    void javaExceptionsTravelThroughPythonAndComeOutAsTheCause() throws Exception {
        engine.put("account", new Account());
        assertEquals("caught: insufficient funds for 5", engine.eval(String.join("\n",
                "import java",
                "try:",
                "    account.withdraw(5)",
                "except java.lang.IllegalStateException as e:",
                "    message = 'caught: ' + str(e)",
                "message")));
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("account.withdraw(7)"));
        Throwable java = e.getCause().getCause();
        assertTrue(java instanceof IllegalStateException, String.valueOf(java));
        assertEquals("insufficient funds for 7", java.getMessage());
    }

    @Test
    void interruptEndsAWaitForInput() throws Exception {
        java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
        javax.script.ScriptContext c = new javax.script.SimpleScriptContext();
        c.setBindings(engine.createBindings(), javax.script.ScriptContext.ENGINE_SCOPE);
        c.setReader(new java.io.Reader() {
            @Override
            public int read(char[] buf, int off, int len) throws java.io.IOException {
                reading.countDown();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                }
                return -1;
            }

            @Override
            public void close() {
            }
        });
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                engine.eval("input()", c);
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        reading.await();
        t.interrupt();
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> t.join());
        assertTrue(thrown.get() instanceof ScriptException, String.valueOf(thrown.get()));
        assertTrue(thrown.get().getMessage().startsWith("KeyboardInterrupt"), thrown.get().getMessage());
    }
}
