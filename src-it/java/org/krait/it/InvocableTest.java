package org.krait.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Invocable: functions, methods and Java interfaces implemented by Python. */
class InvocableTest {

    /** An interface of the host: two abstract methods and a default one. */
    public interface Greeter {
        String greet(String who);

        int count();

        default String greetAll(List<String> names) {
            StringBuilder sb = new StringBuilder();
            for (String n : names) {
                sb.append(greet(n)).append(';');
            }
            return sb.toString();
        }
    }

    private final ScriptEngine engine = Engines.python();
    private final Invocable invocable = (Invocable) engine;

    @AfterEach
    void close() throws Exception {
        Engines.close(engine);
    }

    @Test
    void invokeFunctionAndMethod() throws Exception {
        engine.eval(String.join("\n",
                "def add(a, b=10): return a + b",
                "class Counter:",
                "    def __init__(self): self.n = 0",
                "    def bump(self, by): self.n += by; return self.n",
                "counter = Counter()"));
        assertEquals(5, invocable.invokeFunction("add", 2, 3));
        assertEquals(12, invocable.invokeFunction("add", 2));
        assertEquals("ab", invocable.invokeFunction("add", "a", "b"));
        Object counter = engine.get("counter");
        assertEquals(3, invocable.invokeMethod(counter, "bump", 3));
        assertEquals(7, invocable.invokeMethod(counter, "bump", 4));
        assertEquals("HI", invocable.invokeMethod("hi", "upper"));
        assertThrows(NoSuchMethodException.class, () -> invocable.invokeFunction("missing"));
        assertThrows(NoSuchMethodException.class, () -> invocable.invokeMethod(counter, "missing"));
        ScriptException e = assertThrows(ScriptException.class, () -> invocable.invokeFunction("add", "a", 1));
        assertTrue(e.getMessage().startsWith("TypeError: can only concatenate str (not \"int\") to str"), e.getMessage());
    }

    @Test
    void runnableFromModuleFunctions() throws Exception {
        engine.eval("ran = []\ndef run(): ran.append('yes')");
        Runnable r = invocable.getInterface(Runnable.class);
        assertNotNull(r);
        r.run();
        r.run();
        assertEquals(List.of("yes", "yes"), engine.get("ran"));
    }

    @Test
    void functionAndComparatorFromCallables() throws Exception {
        @SuppressWarnings("unchecked")
        Function<Object, Object> square = invocable.getInterface(engine.eval("lambda x: x * x"), Function.class);
        assertEquals(49, square.apply(7));
        assertEquals(50, square.andThen(v -> (Integer) v + 1).apply(7));
        @SuppressWarnings("unchecked")
        Comparator<String> byLength = invocable.getInterface(engine.eval("lambda a, b: len(a) - len(b)"), Comparator.class);
        List<String> words = new ArrayList<>(Arrays.asList("ccc", "a", "bb"));
        words.sort(byLength);
        assertEquals(List.of("a", "bb", "ccc"), words);
        words.sort(byLength.reversed());
        assertEquals(List.of("ccc", "bb", "a"), words);
    }

    @Test
    void hostInterfaceFromAnObject() throws Exception {
        Object obj = engine.eval(String.join("\n",
                "class Polite:",
                "    def __init__(self): self.calls = 0",
                "    def greet(self, who):",
                "        self.calls += 1",
                "        return 'Hello, ' + who",
                "    def count(self): return self.calls",
                "Polite()"));
        Greeter g = invocable.getInterface(obj, Greeter.class);
        assertEquals("Hello, Ada", g.greet("Ada"));
        assertEquals("Hello, A;Hello, B;", g.greetAll(List.of("A", "B")));
        assertEquals(3, g.count());
        assertEquals(g, g);
    }

    @Test
    void nullWhenARequiredMethodIsMissing() throws Exception {
        Object half = engine.eval("class Half:\n    def greet(self, who): return who\nHalf()");
        assertNull(invocable.getInterface(half, Greeter.class));
        assertNull(invocable.getInterface(Greeter.class));
        assertNull(invocable.getInterface(Runnable.class));
    }
}
