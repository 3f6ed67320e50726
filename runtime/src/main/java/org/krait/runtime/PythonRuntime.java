package org.krait.runtime;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.krait.runtime.builtins.BuiltinsModule;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.interpreter.StartupConfig;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;

/**
 * The embedding façade: makes an interpreter with its builtins installed and runs code objects
 * as {@code __main__}. Its methods may be called from any thread: each takes the interpreter's
 * GIL for what it runs. {@link #close} finalizes the interpreter.
 */
public final class PythonRuntime implements AutoCloseable {

    private final Interpreter interpreter;

    /** A fresh interpreter reading the JVM's standard input and writing to {@code out} and {@code err}. */
    public PythonRuntime(PrintStream out, PrintStream err) {
        this(System.in, out, err, StartupConfig.DEFAULT);
    }

    /** A fresh interpreter whose {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr} are over these streams. */
    public PythonRuntime(InputStream in, PrintStream out, PrintStream err) {
        this(in, out, err, StartupConfig.DEFAULT);
    }

    /** A fresh interpreter with the settings of a command line ({@code sys.flags} and friends). */
    public PythonRuntime(PrintStream out, PrintStream err, StartupConfig config) {
        this(System.in, out, err, config);
    }

    /** A fresh interpreter over these streams with the settings of a command line. */
    public PythonRuntime(InputStream in, PrintStream out, PrintStream err, StartupConfig config) {
        interpreter = new Interpreter(in, out, err);
        interpreter.configure(config);
        if (config.flags().intMaxStrDigits() >= 0) {
            interpreter.heap().world().setMaxStrDigits(config.flags().intMaxStrDigits());
        }
        ThreadState ts = interpreter.enter();
        try {
            BuiltinsModule.install(interpreter);
        } finally {
            interpreter.exit(ts);
        }
    }

    public Interpreter interpreter() {
        return interpreter;
    }

    /**
     * Runs {@code code} as the {@code __main__} module; imports look next to {@code script}. However
     * it ends, the standard streams and the files left open are flushed before this returns (see
     * {@link #flushStreams}).
     */
    public PyModule runMain(PyCode code, Path script) {
        if (script != null && script.toAbsolutePath().getParent() != null) {
            interpreter.setSearchPath(script.toAbsolutePath().getParent());
            interpreter.setArgv(java.util.List.of(script.toString()));
        }
        return runMainFile(code);
    }

    /**
     * Sets {@code sys.argv} and the directory imports search ({@code sys.path[0]}; null for none,
     * as under {@code -I}), before anything runs.
     */
    public void setMainArguments(List<String> argv, Path importDir) {
        interpreter.setArgv(argv);
        interpreter.setSearchPath(importDir);
    }

    /**
     * Sets {@code sys.argv} and {@code sys.path[0]} as a string: a directory, {@code ''} for the
     * current directory (python3's entry for {@code -c} and stdin), or null for none.
     */
    public void setMainArguments(List<String> argv, String pathEntry) {
        interpreter.setArgv(argv);
        interpreter.setMainPathEntry(pathEntry);
    }

    /** The entries of {@code PYTHONPATH} and the {@code --check-hash-based-pycs} mode, before anything is imported. */
    public void configureImports(List<String> pythonPath, String checkHashBasedPycs) {
        interpreter.imports().setPythonPath(pythonPath);
        interpreter.imports().setCheckHashBasedPycs(checkHashBasedPycs);
    }

    /** Runs {@code code}, a program's file, as {@code __main__} with {@code __file__} set; returns the module (new reference). */
    public PyModule runMainFile(PyCode code) {
        ThreadState ts = interpreter.enter();
        try {
            return interpreter.execModule(code, "__main__");
        } finally {
            try {
                flushStreams();
                org.krait.runtime.memory.RefCheck.checkAll(interpreter.heap());
            } finally {
                interpreter.exit(ts);
            }
        }
    }

    /**
     * Flushes {@code sys.stderr}, {@code sys.stdout} and the files left open, so that a traceback
     * the caller prints comes after the program's output, as CPython flushes before printing one.
     */
    public void flushStreams() {
        ThreadState ts = interpreter.enter();
        try {
            interpreter.flushStreams();
        } finally {
            interpreter.exit(ts);
        }
    }

    /**
     * Ends the interpreter as CPython's finalization does ({@link Interpreter#shutdown}): waits for
     * the threads of {@code threading} that are not daemons, runs the {@code atexit} functions,
     * stops the other threads and flushes the streams. Nothing may run here afterwards.
     */
    @Override
    public void close() {
        try {
            interpreter.shutdown();
        } finally {
            // Nothing static keeps the closed interpreter's objects reachable once the caller lets go.
            interpreter.heap().release();
        }
    }

    /**
     * For an exception that ends the program: calls {@code sys.excepthook} if the program replaced
     * it and returns true; false when the caller should print the traceback (the default hook's
     * work, done by the caller so that it needs no working {@code sys.stderr}).
     */
    public boolean callCustomExceptHook(org.krait.runtime.objects.exceptions.PyBaseException exc) {
        ThreadState ts = interpreter.enter();
        try {
            return org.krait.runtime.builtins.SysHooks.callCustomExceptHook(interpreter, exc);
        } finally {
            try {
                flushStreams();
            } finally {
                interpreter.exit(ts);
            }
        }
    }

    /**
     * The module {@code __main__} of a program that has no file ({@code -c}, the interactive
     * prompt): made empty, without {@code __file__}, on first use. Borrowed.
     */
    public PyModule mainModule() {
        ThreadState ts = interpreter.enter();
        try {
            return findOrMakeMain();
        } finally {
            interpreter.exit(ts);
        }
    }

    private PyModule findOrMakeMain() {
        PyModule main = interpreter.loadedModule("__main__");
        if (main == null) {
            PyDict globals = new PyDict();
            main = new PyModule("__main__", globals);
            for (String name : new String[] {"__doc__", "__package__", "__loader__", "__spec__"}) {
                globals.setItem(name, PyNoneType.NONE);
            }
            PyObject loader = org.krait.runtime.imports.ImportSystem.mainLoader(null);
            globals.setItem("__loader__", loader);
            loader.decref();
            PyDict annotations = new PyDict();
            globals.setItem("__annotations__", annotations);
            annotations.decref();
            globals.setItem("__builtins__", interpreter.builtinsFor("__main__"));
            globals.decref();
            interpreter.addModule("__main__", main);
            // sys.modules holds the only reference, as in CPython, so that finalization frees it.
            main.decref();
        }
        return main;
    }

    /** Runs {@code code} in the namespace of {@code module}, as {@code exec(code, module.__dict__)}. */
    public void exec(PyCode code, PyModule module) {
        ThreadState ts = interpreter.enter();
        try {
            interpreter.runCode(code, module.dict(), module.dict()).decref();
        } finally {
            try {
                flushStreams();
            } finally {
                interpreter.exit(ts);
            }
        }
    }
}
