package org.krait.runtime;

import java.io.PrintStream;
import java.nio.file.Path;
import org.krait.runtime.builtins.BuiltinsModule;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyModule;

/**
 * The embedding façade: makes an interpreter with its builtins installed and runs code objects
 * as {@code __main__}.
 */
public final class PythonRuntime {

    private final Interpreter interpreter;

    /** A fresh interpreter writing to {@code out} and {@code err}. */
    public PythonRuntime(PrintStream out, PrintStream err) {
        interpreter = new Interpreter(out, err);
        BuiltinsModule.install(interpreter);
    }

    public Interpreter interpreter() {
        return interpreter;
    }

    /** Runs {@code code} as the {@code __main__} module; imports look next to {@code script}. */
    public PyModule runMain(PyCode code, Path script) {
        if (script != null && script.toAbsolutePath().getParent() != null) {
            interpreter.setSearchPath(script.toAbsolutePath().getParent());
            interpreter.setArgv(java.util.List.of(script.toString()));
        }
        return interpreter.execModule(code, "__main__");
    }
}
