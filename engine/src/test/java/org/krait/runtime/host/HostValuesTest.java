package org.krait.runtime.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.krait.compiler.Compiler;
import org.krait.runtime.PythonRuntime;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyObject;

/** Python values seen from Java: conversions, live views, handles, proxies and errors. */
class HostValuesTest {

    private Interpreter interp;
    private MapView globals;

    @BeforeEach
    void run() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream());
        PythonRuntime rt = new PythonRuntime(out, out);
        interp = rt.interpreter();
        String src = String.join("\n",
                "i = 7", "big = 2**70", "l = 2**40", "f = 1.5", "s = 'héllo'", "b = b'ab'", "t = True", "n = None",
                "xs = [1, 2, 3]", "tu = (1, 'a')", "d = {'k': 1}", "st = {1, 2}", "fs = frozenset([3])",
                "class P:",
                "    def __init__(self): self.name = 'p'",
                "    def greet(self, who): return 'hi ' + who",
                "    def run(self): self.ran = True",
                "p = P()",
                "def twice(x): return x * 2",
                "def boom(): return 1 / 0",
                "");
        ThreadState ts = interp.enter();
        try {
            PyModule m = rt.mainModule();
            rt.exec(new Compiler().compile(src, "<test>", "exec"), m);
            globals = HostValues.mapView(interp, m.dict());
        } finally {
            interp.exit(ts);
        }
    }

    @Test
    void scalarsCrossByValue() {
        assertEquals(7, globals.get("i"));
        assertEquals(BigInteger.TWO.pow(70), globals.get("big"));
        assertEquals(1L << 40, globals.get("l"));
        assertEquals(1.5, globals.get("f"));
        assertEquals("héllo", globals.get("s"));
        assertEquals("ab", new String((byte[]) globals.get("b")));
        assertEquals(Boolean.TRUE, globals.get("t"));
        assertNull(globals.get("n"));
        assertTrue(globals.containsKey("n"));
        assertFalse(globals.containsKey("missing"));
    }

    @Test
    void containersAreLiveViews() {
        @SuppressWarnings("unchecked")
        List<Object> xs = (List<Object>) globals.get("xs");
        xs.add(4);
        xs.set(0, "one");
        assertEquals(List.of("one", 2, 3, 4), xs);
        assertEquals(2, xs.remove(1));
        assertEquals(List.of("one", 3, 4), globals.get("xs"));
        List<?> tu = (List<?>) globals.get("tu");
        assertEquals(List.of(1, "a"), tu);
        assertThrows(UnsupportedOperationException.class, () -> ((List<Object>) tu).add(1));
        @SuppressWarnings("unchecked")
        Map<Object, Object> d = (Map<Object, Object>) globals.get("d");
        d.put("j", "jay");
        assertEquals(2, d.size());
        assertEquals(1, d.remove("k"));
        @SuppressWarnings("unchecked")
        Set<Object> st = (Set<Object>) globals.get("st");
        assertTrue(st.add(3));
        assertFalse(st.add(3));
        assertEquals(Set.of(1, 2, 3), st);
        @SuppressWarnings("unchecked")
        Set<Object> fs = (Set<Object>) globals.get("fs");
        assertThrows(UnsupportedOperationException.class, () -> fs.add(1));
        globals.put("copied", xs);
        assertSame(((PythonView) xs).pythonObject(), ((PythonView) globals.get("copied")).pythonObject());
    }

    @Test
    void handlesAndProxies() {
        PyHandle p = (PyHandle) globals.get("p");
        assertEquals("p", p.getAttribute("name"));
        p.setAttribute("name", "q");
        assertEquals("q", p.getAttribute("name"));
        assertEquals("hi you", p.callMethod("greet", "you"));
        Runnable r = p.as(Runnable.class);
        r.run();
        assertEquals(Boolean.TRUE, p.getAttribute("ran"));
        PyHandle twice = (PyHandle) globals.get("twice");
        assertEquals(42, twice.call(21));
        @SuppressWarnings("unchecked")
        Function<Object, Object> f = twice.as(Function.class);
        assertEquals("abab", f.apply("ab"));
        assertEquals(10, f.andThen(x -> (Integer) x + 4).apply(3));
    }

    @Test
    void canImplementChecksTheMethods() {
        ThreadState ts = interp.enter();
        try {
            PyObject p = ((PythonView) globals.get("p")).pythonObject();
            assertTrue(InterfaceProxies.canImplement(p, Runnable.class));
            assertFalse(InterfaceProxies.canImplement(p, Comparator.class));
            PyObject twice = ((PythonView) globals.get("twice")).pythonObject();
            assertTrue(InterfaceProxies.canImplement(twice, Comparator.class));
        } finally {
            interp.exit(ts);
        }
    }

    @Test
    void pythonErrorsCarryTheException() {
        PyHandle boom = (PyHandle) globals.get("boom");
        PythonError e = assertThrows(PythonError.class, boom::call);
        assertEquals("ZeroDivisionError: division by zero", e.getMessage());
        assertEquals("ZeroDivisionError", e.pythonType());
        assertTrue(e.pythonTraceback().startsWith("Traceback (most recent call last):\n"), e.pythonTraceback());
        assertTrue(e.pythonTraceback().endsWith("ZeroDivisionError: division by zero\n"), e.pythonTraceback());
        assertInstanceOf(List.class, e.pythonException().getAttribute("args"));
        PyHandle p = (PyHandle) globals.get("p");
        PythonError missing = assertThrows(PythonError.class, () -> p.getAttribute("nope"));
        assertEquals("AttributeError: 'P' object has no attribute 'nope'", missing.getMessage());
    }
}
