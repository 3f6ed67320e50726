package org.krait.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ENGINE_SCOPE bindings are live module globals; GLOBAL_SCOPE comes after them; namespaces are isolated. */
class BindingsTest {

    private final ScriptEngine engine = Engines.python();

    @AfterEach
    void close() throws Exception {
        Engines.close(engine);
    }

    @Test
    void engineScopeIsLiveBothWays() throws Exception {
        Bindings b = engine.getBindings(ScriptContext.ENGINE_SCOPE);
        engine.eval("counter = 1");
        assertEquals(1, b.get("counter"));
        b.put("counter", 41);
        assertEquals(42, engine.eval("counter + 1"));
        engine.eval("items = [1, 2]");
        @SuppressWarnings("unchecked")
        List<Object> items = (List<Object>) b.get("items");
        items.add(3);
        assertEquals(3, engine.eval("len(items)"));
        engine.eval("items.append(4)");
        assertEquals(List.of(1, 2, 3, 4), items);
        b.remove("counter");
        assertThrows(ScriptException.class, () -> engine.eval("counter"));
        assertTrue(b.containsKey("items"));
        assertTrue(b.keySet().contains("__name__"));
        engine.put("fromJava", "hi");
        assertEquals("hi!", engine.eval("fromJava + '!'"));
        assertEquals("hi", engine.get("fromJava"));
    }

    @Test
    void bindingsKeysAreChecked() {
        Bindings b = engine.createBindings();
        assertThrows(NullPointerException.class, () -> b.put(null, 1));
        assertThrows(IllegalArgumentException.class, () -> b.put("", 1));
    }

    @Test
    void createBindingsIsAnIsolatedMainNamespace() throws Exception {
        Bindings a = engine.createBindings();
        Bindings c = engine.createBindings();
        engine.eval("x = 'a'\nimport sys\nsys.shared = 'seen by all'", a);
        engine.eval("x = 'c'", c);
        assertEquals("a", engine.eval("x", a));
        assertEquals("c", engine.eval("x", c));
        assertFalse(engine.getBindings(ScriptContext.ENGINE_SCOPE).containsKey("x"));
        // the same interpreter: one sys.modules
        assertEquals("seen by all", engine.eval("import sys\nsys.shared", c));
        assertEquals(Boolean.TRUE, engine.eval("__name__ == '__main__' and 'print' not in globals()", c));
    }

    @Test
    void userSuppliedSimpleBindingsWork() throws Exception {
        SimpleBindings b = new SimpleBindings();
        b.put("n", 20);
        assertEquals(22, engine.eval("n + 2", b));
        engine.eval("m = n * 2\ndef twice(v):\n    return v * k\nk = 2", b);
        assertEquals(40, b.get("m"));
        b.put("k", 3);
        assertEquals(30, engine.eval("twice(10)", b));
        engine.eval("del m", b);
        assertFalse(b.containsKey("m"));
        assertFalse(b.containsKey("__builtins__"));
    }

    @Test
    void globalScopeComesAfterGlobalsAndBeforeBuiltins() throws Exception {
        ScriptEngineManager manager = new ScriptEngineManager();
        ScriptEngine e = manager.getEngineByName("python");
        try {
            manager.put("shared", "from the manager");
            manager.put("len", "shadowing the builtin");
            assertEquals("from the manager", e.eval("shared"));
            assertEquals("shadowing the builtin", e.eval("len"));
            e.eval("shared = 'a global'");
            assertEquals("a global", e.eval("shared"));
            assertEquals(Map.of("shared", "from the manager", "len", "shadowing the builtin"), e.getBindings(ScriptContext.GLOBAL_SCOPE));
        } finally {
            Engines.close(e);
        }
        assertNull(engine.eval("None"));
    }
}
