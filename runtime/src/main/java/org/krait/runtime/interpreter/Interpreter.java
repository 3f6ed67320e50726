package org.krait.runtime.interpreter;

import java.io.IOException;
import java.io.InputStream;
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

    /** Where bundled Python modules ({@code os}, {@code posixpath}...) live on the runtime's class path. */
    private static final String BUNDLED = "/org/krait/lib/";
    /** The code of bundled modules, compiled once per JVM: code objects are immutable and shareable. */
    private static final Map<String, PyCode> BUNDLED_CODE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The tracked objects; first, so that the interpreter's own containers are tracked in it. */
    private final org.krait.runtime.memory.GcHeap heap = org.krait.runtime.memory.GcHeap.startCurrent();
    private final PyDict builtins = new PyDict();
    /** {@code sys.modules} itself: programs may add to it ({@code os} adds {@code os.path}). */
    private final PyDict modules = new PyDict();
    private final Map<String, Function<Interpreter, PyModule>> builtinModules = new HashMap<>();
    /** The per-interpreter state of library modules (open files, standard streams), keyed by its class. */
    private final Map<Class<?>, Object> states = new HashMap<>();
    private int recursionLimit = 1000;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private Path searchPath;
    private java.util.List<String> argv = java.util.List.of("");
    private StartupConfig config = StartupConfig.DEFAULT;

    /** An interpreter whose standard input is the JVM's. */
    public Interpreter(PrintStream out, PrintStream err) {
        this(System.in, out, err);
    }

    public Interpreter(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** The {@code builtins} namespace (borrowed); the builtins module fills it. */
    public PyDict builtins() {
        return builtins;
    }

    /** The Java stream under {@code sys.stdin} (file descriptor 0). */
    public InputStream in() {
        return in;
    }

    /** The Java stream under {@code sys.stdout} (file descriptor 1). */
    public PrintStream out() {
        return out;
    }

    /** The Java stream under {@code sys.stderr} (file descriptor 2). */
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

    /** What the command line asked for: {@code sys.flags} and the other start-up settings. */
    /** The cycle collector's generations of this interpreter. */
    public org.krait.runtime.memory.GcHeap heap() {
        return heap;
    }

    public StartupConfig config() {
        return config;
    }

    /** Sets the start-up settings; call before the builtins and {@code sys} are made. */
    public void configure(StartupConfig config) {
        this.config = config;
        if (config.xoptions().containsKey("refcheck")) {
            org.krait.runtime.memory.RefCheck.enable(true);
        }
    }

    /**
     * PRINT_EXPR's work: calls {@code sys.displayhook(value)} ({@code value} borrowed), as CPython
     * does, so that a program may replace the hook.
     */
    void displayHook(PyObject value) {
        PyObject hook = ((PyModule) importModule("sys")).dict().getItem("displayhook");
        if (hook == null) {
            throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "lost sys.displayhook");
        }
        org.krait.runtime.ops.CallOps.call(hook, value).decref();
    }

    /** Registers a builtin module made on first import. */
    public void registerBuiltinModule(String name, Function<Interpreter, PyModule> factory) {
        builtinModules.put(name, factory);
    }

    /** The state a library module keeps for this interpreter, made by {@code factory} on first use. */
    public synchronized <T> T state(Class<T> key, Function<Interpreter, T> factory) {
        Object s = states.get(key);
        if (s == null) {
            s = factory.apply(this);
            states.put(key, s);
        }
        return key.cast(s);
    }

    /** {@code sys.modules} (borrowed): the imported modules by name. */
    public PyDict modulesDict() {
        return modules;
    }

    /** The module {@code name} if it has been imported, else null. */
    public PyModule loadedModule(String name) {
        PyObject m = modules.getItem(name);
        return m instanceof PyModule ? (PyModule) m : null;
    }

    /** Registers an already-made module under {@code name}. */
    public void addModule(String name, PyModule module) {
        modules.setItem(name, module);
    }

    /**
     * What a new module's {@code __builtins__} is: for {@code __main__} the builtins module, for
     * the others its dict, as CPython sets them (borrowed).
     */
    public PyObject builtinsFor(String moduleName) {
        if (moduleName.equals("__main__")) {
            PyObject m = importModule("builtins");
            if (m != null) {
                return m;
            }
        }
        return builtins;
    }

    /** Runs {@code code} as the module {@code name} and returns the module (new reference). */
    public PyModule execModule(PyCode code, String name) {
        PyDict globals = new PyDict();
        PyModule m = new PyModule(name, globals);
        globals.setItem("__doc__", org.krait.runtime.objects.PyNoneType.NONE);
        globals.setItem("__package__", org.krait.runtime.objects.PyNoneType.NONE);
        globals.setItem("__loader__", org.krait.runtime.objects.PyNoneType.NONE);
        globals.setItem("__spec__", org.krait.runtime.objects.PyNoneType.NONE);
        globals.setItem("__builtins__", builtinsFor(name));
        PyStr file = PyStr.of(code.filename);
        globals.setItem("__file__", file);
        file.decref();
        modules.setItem(name, m);
        ThreadState ts = ThreadState.current(this);
        PyObject r = EvalLoop.runWithLocals(ts, code, null, globals, builtins, globals);
        r.decref();
        globals.decref();
        return m;
    }

    /**
     * {@code __import__(name, fromlist=fromlist)} at level 0: imports {@code name} and returns it, or
     * for {@code import a.b} (no fromlist) the top-level module {@code a}. Borrowed.
     */
    public PyObject importName(String name, PyObject fromlist) {
        PyObject m = importModule(name);
        int dot = name.indexOf('.');
        if (dot < 0 || fromlist != null && fromlist != org.krait.runtime.objects.PyNoneType.NONE
                && org.krait.runtime.ops.ObjectOps.isTrue(fromlist)) {
            return m;
        }
        return modules.getItem(name.substring(0, dot));
    }

    /**
     * Imports {@code name} and returns its entry in {@code sys.modules} (borrowed). Searched in
     * order: {@code sys.modules}, builtin modules, {@code name.py} next to the main script, the
     * bundled modules. A dotted name is found only in {@code sys.modules} once its parent is
     * imported (a parent module puts it there, as {@code os} does {@code os.path}): packages are
     * not supported yet.
     */
    public PyObject importModule(String name) {
        PyObject m = modules.getItem(name);
        if (m != null) {
            return m;
        }
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            PyObject parent = importModule(name.substring(0, dot));
            m = modules.getItem(name);
            if (m != null) {
                return m;
            }
            boolean isPackage = parent instanceof PyModule && ((PyModule) parent).dict().getItem("__path__") != null;
            throw moduleNotFound(name, isPackage ? "" : "; '" + name.substring(0, dot) + "' is not a package");
        }
        Function<Interpreter, PyModule> factory = builtinModules.get(name);
        if (factory != null) {
            PyModule made = factory.apply(this);
            modules.setItem(name, made);
            return made;
        }
        if (searchPath != null) {
            Path file = searchPath.resolve(name + ".py");
            if (Files.isRegularFile(file)) {
                try {
                    PyCode code = SourceCompiler.get().compileModule(Files.readAllBytes(file), file.toString());
                    return execImported(code, name);
                } catch (IOException e) {
                    throw PythonException.of(ExceptionTypes.IMPORT_ERROR, "cannot read " + file + ": " + e.getMessage());
                }
            }
        }
        PyCode bundled = bundledCode(name);
        if (bundled != null) {
            return execImported(bundled, name);
        }
        throw moduleNotFound(name, "");
    }

    /** Runs an imported module's code; on failure the module leaves {@code sys.modules} again, as in CPython. */
    private PyObject execImported(PyCode code, String name) {
        try {
            execModule(code, name).decref();
        } catch (PythonException e) {
            modules.delItemIfPresent(PyStr.of(name));
            throw e;
        }
        return modules.getItem(name);
    }

    /** The compiled bundled module {@code name}, or null if the runtime has none of that name. */
    private static PyCode bundledCode(String name) {
        PyCode code = BUNDLED_CODE.get(name);
        if (code != null) {
            return code;
        }
        java.net.URL url = Interpreter.class.getResource(BUNDLED + name + ".py");
        if (url == null) {
            return null;
        }
        try (InputStream s = url.openStream()) {
            // Named as CPython names its frozen standard modules in tracebacks.
            code = SourceCompiler.get().compileModule(s.readAllBytes(), "<frozen " + name + ">");
        } catch (IOException e) {
            throw PythonException.of(ExceptionTypes.IMPORT_ERROR, "cannot read " + url + ": " + e.getMessage());
        }
        BUNDLED_CODE.put(name, code);
        return code;
    }

    /** ModuleNotFoundError with {@code name} set; {@code detail} follows the usual message. */
    private static PythonException moduleNotFound(String name, String detail) {
        PythonException e = PythonException.of(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'" + detail);
        PyStr n = PyStr.of(name);
        e.exception().dict().setItem("name", n);
        n.decref();
        return e;
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
