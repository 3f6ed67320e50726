package org.krait.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.junit.jupiter.api.Test;

/** The engine is found by name, extension and MIME type, and describes itself. */
class DiscoveryTest {

    private final ScriptEngineManager manager = new ScriptEngineManager();

    @Test
    void foundByEveryNameExtensionAndMimeType() {
        for (String name : List.of("python", "python3", "krait")) {
            assertNotNull(manager.getEngineByName(name), name);
        }
        assertNotNull(manager.getEngineByExtension("py"));
        for (String mime : List.of("text/x-python", "application/x-python", "text/python", "application/python")) {
            assertNotNull(manager.getEngineByMimeType(mime), mime);
        }
    }

    @Test
    void factoryDescribesPython311() {
        ScriptEngineFactory f = manager.getEngineByName("python").getFactory();
        assertEquals("python", f.getLanguageName());
        assertEquals("3.11", f.getLanguageVersion());
        assertEquals("3.11", f.getParameter(ScriptEngine.LANGUAGE_VERSION));
        assertEquals("MULTITHREADED", f.getParameter("THREADING"));
        assertEquals(f.getEngineName(), f.getParameter(ScriptEngine.ENGINE));
        assertTrue(f.getNames().containsAll(List.of("python", "python3", "krait")));
        assertEquals("obj.m(a, b)", f.getMethodCallSyntax("obj", "m", "a", "b"));
    }

    @Test
    void outputStatementAndProgramRun() throws Exception {
        ScriptEngine e = manager.getEngineByName("python");
        ScriptEngineFactory f = e.getFactory();
        StringWriter out = new StringWriter();
        e.getContext().setWriter(out);
        String text = "it's \"quoted\" \\ and\nnew";
        e.eval(f.getProgram(f.getOutputStatement(text), f.getOutputStatement("second")));
        assertEquals(text + "\nsecond\n", out.toString());
    }
}
