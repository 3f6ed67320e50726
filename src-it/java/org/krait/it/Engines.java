package org.krait.it;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

/** How the tests get an engine: as any host does, by name through the manager. */
final class Engines {

    private Engines() {
    }

    static ScriptEngine python() {
        ScriptEngine e = new ScriptEngineManager().getEngineByName("python");
        assertNotNull(e, "no engine named python on the class path");
        return e;
    }

    /** Closes an engine that is AutoCloseable, as Krait's are. */
    static void close(ScriptEngine e) throws Exception {
        if (e instanceof AutoCloseable) {
            ((AutoCloseable) e).close();
        }
    }
}
