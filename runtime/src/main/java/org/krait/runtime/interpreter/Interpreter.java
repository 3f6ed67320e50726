package org.krait.runtime.interpreter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.imports.SourceCompiler;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFunction;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * One Python world: its builtins namespace, its modules ({@code sys.modules}), its recursion
 * limit and standard streams. CPython: {@code PyInterpreterState}. Several may exist in one JVM;
 * a thread runs one at a time.
 */
public final class Interpreter {

    static {
        PyCode.installDefaultBody((fn, args, kw) -> {
            ThreadState ts = ThreadState.current();
            if (ts == null) {
                throw new IllegalStateException("Python code called on a thread without an interpreter");
            }
            return EvalLoop.callFunction(ts, fn, args, kw);
        });
    }

    private final PyDict builtins = new PyDict();
    private final Map<String, PyModule> modules = new HashMap<>();
    private final Map<String, Function<Interpreter, PyModule>> builtinModules = new HashMap<>();
    private int recursionLimit = 1000;
    private PrintStream out;
    private PrintStream err;
    private Path searchPath;
    private java.util.List<String> argv = java.util.List.of("");

    public Interpreter(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The {@code builtins} namespace (borrowed); the builtins module fills it. */
    public PyDict builtins() {
        return builtins;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    /** {@code sys.setrecursionlimit}. */
    public void setRecursionLimit(int limit) {
        if (limit < 1) {
            throw PythonException.valueError("recursion limit must be greater or equal than 1");
        }
        recursionLimit = limit;
    }

    /** The directory searched for {@code import name} as {@code name.py} (the main script's). */
    public void setSearchPath(Path dir) {
        searchPath = dir;
    }

    /** The directory {@code import} searches, or null when none is set. */
    public Path searchPath() {
        return searchPath;
    }

    /** {@code sys.argv}: the script as named on the command line, then its arguments. */
    public java.util.List<String> argv() {
        return argv;
    }

    public void setArgv(java.util.List<String> args) {
        argv = java.util.List.copyOf(args);
    }

    /** Registers a builtin module made on first import. */
    public void registerBuiltinModule(String name, Function<Interpreter, PyModule> factory) {
        builtinModules.put(name, factory);
    }

    /** A dict snapshot of the imported modules ({@code sys.modules}). */
    public PyDict modulesDict() {
        PyDict d = new PyDict();
        for (Map.Entry<String, PyModule> e : modules.entrySet()) {
            d.setItem(e.getKey(), e.getValue());
        }
        return d;
    }

    /** The module {@code name} if it has been imported, else null. */
    public PyModule loadedModule(String name) {
        return modules.get(name);
    }

    /** Registers an already-made module under {@code name}. */
    public void addModule(String name, PyModule module) {
        modules.put(name, module);
    }

    /** Runs {@code code} as the module {@code name} and returns the module (new reference). */
    public PyModule execModule(PyCode code, String name) {
        PyDict globals = new PyDict();
        PyModule m = new PyModule(name, globals);
        globals.setItem("__doc__", org.krait.runtime.objects.PyNoneType.NONE);
        globals.setItem("__package__", org.krait.runtime.objects.PyNoneType.NONE);
        globals.setItem("__loader__", org.krait.runtime.objects.PyNoneType.NONE);
        globals.setItem("__spec__", org.krait.runtime.objects.PyNoneType.NONE);
        globals.setItem("__builtins__", builtins);
        PyStr file = PyStr.of(code.filename);
        globals.setItem("__file__", file);
        modules.put(name, m);
        ThreadState ts = ThreadState.current(this);
        PyObject r = EvalLoop.runWithLocals(ts, code, null, globals, builtins, globals);
        r.decref();
        globals.decref();
        return m;
    }

    /** Imports {@code name}: a loaded module, a builtin module, or {@code name.py} on the search path. */
    public PyModule importModule(String name) {
        PyModule m = modules.get(name);
        if (m != null) {
            return m;
        }
        Function<Interpreter, PyModule> factory = builtinModules.get(name);
        if (factory != null) {
            m = factory.apply(this);
            modules.put(name, m);
            return m;
        }
        if (searchPath != null && !name.contains(".")) {
            Path file = searchPath.resolve(name + ".py");
            if (Files.isRegularFile(file)) {
                try {
                    PyCode code = SourceCompiler.get().compileModule(Files.readAllBytes(file), file.toString());
                    return execModule(code, name);
                } catch (IOException e) {
                    throw PythonException.of(ExceptionTypes.IMPORT_ERROR, "cannot read " + file + ": " + e.getMessage());
                }
            }
        }
        throw PythonException.of(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
    }

    /** Runs {@code code} (from {@code exec}/{@code eval}) with the given namespaces; returns its value (new reference). */
    public PyObject runCode(PyCode code, PyDict globals, PyDict locals) {
        if (globals.getItem("__builtins__") == null) {
            globals.setItem("__builtins__", builtins);
        }
        ThreadState ts = ThreadState.current(this);
        return EvalLoop.runWithLocals(ts, code, null, globals, builtins, locals);
    }

    /** Runs a class body with {@code ns} as its namespace; returns what it returns (its {@code __class__} cell or None). */
    public PyObject runClassBody(PyFunction body, PyDict ns) {
        ThreadState ts = ThreadState.current(this);
        return EvalLoop.runWithLocals(ts, body.code(), body, body.globals(), body.builtins(), ns);
    }
}
