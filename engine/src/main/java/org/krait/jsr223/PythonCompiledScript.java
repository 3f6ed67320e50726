package org.krait.jsr223;

import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.krait.runtime.bytecode.PyCode;

/**
 * A compiled script: immutable, evaluated again and again, with any bindings, from any number of
 * threads at once (each evaluation takes the interpreter's lock while Python runs). Its code is
 * the script's statements and, when the script ends with an expression statement, that
 * expression apart, whose value {@link #eval(ScriptContext)} returns.
 */
final class PythonCompiledScript extends CompiledScript {

    private final PythonScriptEngine engine;
    /** The statements before the last expression, or null when there are none. */
    final PyCode body;
    /** The last expression statement, or null when the script does not end with one. */
    final PyCode last;
    final String filename;

    PythonCompiledScript(PythonScriptEngine engine, PyCode body, PyCode last, String filename) {
        this.engine = engine;
        this.body = body;
        this.last = last;
        this.filename = filename;
    }

    @Override
    public Object eval(ScriptContext context) throws ScriptException {
        return engine.run(this, context);
    }

    @Override
    public ScriptEngine getEngine() {
        return engine;
    }
}
