package org.krait.runtime;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.krait.runtime.builtins.BuiltinsModule;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.io.StdStreams;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyObject;

/**
 * The embedding façade: makes an interpreter with its builtins installed and runs code objects
 * as {@code __main__}.
 */
public final class PythonRuntime {

    private final Interpreter interpreter;

    /** A fresh interpreter reading the JVM's standard input and writing to {@code out} and {@code err}. */
    public PythonRuntime(PrintStream out, PrintStream err) {
        this(System.in, out, err);
    }

    /** A fresh interpreter whose {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr} are over these streams. */
    public PythonRuntime(InputStream in, PrintStream out, PrintStream err) {
        interpreter = new Interpreter(in, out, err);
        BuiltinsModule.install(interpreter);
    }

    public Interpreter interpreter() {
        return interpreter;
    }

    /**
     * Runs {@code code} as the {@code __main__} module; imports look next to {@code script}. However
     * it ends, {@code sys.stderr}, {@code sys.stdout} and the files left open are flushed before
     * this returns, so a traceback the caller prints comes after the program's output, as CPython
     * flushes before printing one.
     */
    public PyModule runMain(PyCode code, Path script) {
        if (script != null && script.toAbsolutePath().getParent() != null) {
            interpreter.setSearchPath(script.toAbsolutePath().getParent());
            interpreter.setArgv(java.util.List.of(script.toString()));
        }
        try {
            return interpreter.execModule(code, "__main__");
        } finally {
            PyModule sys = interpreter.loadedModule("sys");
            PyObject err = sys == null ? null : sys.dict().getItem("stderr");
            PyObject out = sys == null ? null : sys.dict().getItem("stdout");
            StdStreams.flushAtExit(interpreter, err, out);
        }
    }
}
