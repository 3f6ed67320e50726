package org.krait.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code eval}: the last expression's value, file names, arguments, {@code __main__}. */
class EvaluationTest {

    private final ScriptEngine engine = Engines.python();

    @AfterEach
    void close() throws Exception {
        Engines.close(engine);
    }

    @Test
    void lastExpressionStatementIsTheValue() throws Exception {
        assertEquals(2, engine.eval("1+1"));
        assertEquals(6, engine.eval("x = 2\ny = 3\nx * y"));
        assertNull(engine.eval("z = 5"));
        assertNull(engine.eval("def f(): return 1"));
        assertNull(engine.eval("None"));
        assertNull(engine.eval("for i in range(3): i"));
        assertNull(engine.eval(""));
        assertEquals("abc", engine.eval("'a' + 'bc'\n# a comment at the end\n"));
        assertEquals(11, engine.eval(new StringReader("print('via a reader', file=__import__('io').StringIO())\n10 + 1")));
    }

    @Test
    void valuesCrossAsDesignSays() throws Exception {
        assertEquals(Integer.valueOf(7), engine.eval("7"));
        assertEquals(Long.valueOf(1L << 40), engine.eval("2**40"));
        assertEquals(BigInteger.TWO.pow(100), engine.eval("2**100"));
        assertEquals(2.5, engine.eval("5 / 2"));
        assertEquals(Boolean.TRUE, engine.eval("1 < 2"));
        assertEquals("héllo", engine.eval("'héllo'"));
        assertArrayEquals(new byte[] {1, 2}, (byte[]) engine.eval("b'\\x01\\x02'"));
        assertEquals(List.of(1, "two", 3.0), engine.eval("[1, 'two', 3.0]"));
        assertEquals(List.of(1, 2), engine.eval("(1, 2)"));
        assertEquals(Map.of("a", 1), engine.eval("{'a': 1}"));
        assertEquals(Set.of(1, 2), engine.eval("{1, 2}"));
        @SuppressWarnings("unchecked")
        List<Object> tuple = (List<Object>) engine.eval("(1, 2)");
        assertThrows(UnsupportedOperationException.class, () -> tuple.add(3));
    }

    @Test
    void javaObjectsCrossIntoPython() throws Exception {
        java.util.List<Object> list = new java.util.ArrayList<>(List.of(3, 1, 2));
        engine.put("jlist", list);
        assertEquals(6, engine.eval("jlist.sort(None)\nsum(x for x in jlist)"));
        assertEquals(List.of(1, 2, 3), list);
        assertEquals(Boolean.TRUE, engine.eval("jlist is jlist and len(jlist) == 3"));
        assertEquals(list, engine.get("jlist"));
    }

    @Test
    void fileNameSetsFileAndTracebacks() throws Exception {
        engine.put(ScriptEngine.FILENAME, "scripts/demo.py");
        assertEquals("scripts/demo.py", engine.eval("__file__"));
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("x = 1\nraise ValueError('bad')"));
        assertEquals("scripts/demo.py", e.getFileName());
        assertEquals(2, e.getLineNumber());
        assertTrue(e.getMessage().startsWith("ValueError: bad"), e.getMessage());
    }

    @Test
    void argvSetsSysArgv() throws Exception {
        engine.put(ScriptEngine.ARGV, new String[] {"prog", "-v", "file.txt"});
        assertEquals(List.of("prog", "-v", "file.txt"), engine.eval("import sys\nsys.argv"));
    }

    @Test
    void scriptsRunAsMain() throws Exception {
        assertEquals(Boolean.TRUE, engine.eval("__name__ == '__main__'"));
        assertEquals(Boolean.TRUE, engine.eval("__name__ == '__main__'", engine.createBindings()));
        assertEquals(Boolean.TRUE, engine.eval("__name__ == '__main__'", new SimpleBindings()));
        assertEquals("yes", engine.eval("if __name__ == '__main__':\n    result = 'yes'\nresult"));
    }

    @Test
    void evalWithAContext() throws Exception {
        ScriptContext ctx = new javax.script.SimpleScriptContext();
        ctx.setBindings(engine.createBindings(), ScriptContext.ENGINE_SCOPE);
        ctx.setAttribute(ScriptEngine.FILENAME, "ctx.py", ScriptContext.ENGINE_SCOPE);
        assertEquals("ctx.py", engine.eval("__file__", ctx));
    }
}
