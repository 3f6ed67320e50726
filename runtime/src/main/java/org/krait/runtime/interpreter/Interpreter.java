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
import org.krait.runtime.imports.ImportSystem;
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
            if (ts.holdsGil()) {
                return EvalLoop.callFunction(ts, fn, args, kw);
            }
            // Java code calling a function outside enter/exit: it gets them around the call.
            Interpreter interp = ts.interpreter;
            ThreadState entered = interp.enter();
            try {
                return EvalLoop.callFunction(entered, fn, args, kw);
            } finally {
                interp.exit(entered);
            }
        });
    }

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
    /** {@code sys.path[0]}: the program's directory, {@code ''} for the current one, or null for none. */
    private String mainPathEntry;
    private ImportSystem imports;
    private java.util.List<String> argv = java.util.List.of("");
    private StartupConfig config = StartupConfig.DEFAULT;
    private final Gil gil = new Gil();
    /** The thread states by Java thread; entries of ended threads are dropped as new ones come. */
    private final java.util.concurrent.ConcurrentHashMap<Thread, ThreadState> threadStates =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** States of ended threads whose references are still to be released under the GIL. */
    private final java.util.concurrent.ConcurrentLinkedQueue<ThreadState> orphans =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final Thread mainThread = Thread.currentThread();
    private volatile boolean shutDown;
    private Runnable exitFunctions;
    private Runnable streamFlusher;
    /** The builtins as made, before {@code site} or a program changed them; finalization restores them. */
    private PyDict builtinsAtStart;
    private PyDict sysDict;

    /** An interpreter whose standard input is the JVM's. */
    public Interpreter(PrintStream out, PrintStream err) {
        this(System.in, out, err);
    }

    public Interpreter(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /**
     * The dict of the {@code sys} module this interpreter made (borrowed; null until it is made),
     * which the runtime reads {@code sys.stdout} and the hooks from, as CPython reads its
     * interpreter's sysdict: even when a program or finalization has taken {@code sys} out of
     * {@code sys.modules}.
     */
    public PyDict sysDict() {
        return sysDict;
    }

    /** Called once, by the {@code sys} module as it is made; the interpreter keeps a reference. */
    public void setSysDict(PyDict d) {
        d.incref();
        PyObject.xdecref(sysDict);
        sysDict = d;
    }

    /** Keeps a copy of the builtins as they are now, which finalization restores before it ends. */
    public void snapshotBuiltins() {
        PyDict copy = new PyDict();
        for (int i = 0; i < builtins.entryBound(); i++) {
            PyObject key = builtins.keyAt(i);
            if (key != null) {
                copy.setItem(key, builtins.valueAt(i));
            }
        }
        PyObject.xdecref(builtinsAtStart);
        builtinsAtStart = copy;
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

    /** Sets {@code sys.path[0]} to the directory {@code dir} (the main script's), or to nothing when null. */
    public void setSearchPath(Path dir) {
        mainPathEntry = dir == null ? null : dir.toAbsolutePath().toString();
    }

    /** Sets {@code sys.path[0]}: a directory, {@code ''} (the current directory, as for {@code -c}), or null for none. */
    public void setMainPathEntry(String entry) {
        mainPathEntry = entry;
    }

    /** What {@code sys.path} starts with, or null when it starts with the path's other entries. */
    public String mainPathEntry() {
        return mainPathEntry;
    }

    /** Makes this interpreter the one the current thread runs, as running its code would. */
    public void attachThread() {
        ThreadState.current(this);
    }

    /** This interpreter's GIL. */
    public Gil gil() {
        return gil;
    }

    /**
     * The door for Java code calling into this interpreter from any thread (a host, a callback,
     * a thread of {@code _thread}): takes the GIL and makes this thread's state here current, made
     * on first use. Pair every call with {@link #exit} in a {@code finally}; nested pairs on one
     * thread are allowed, also across interpreters (entering another interpreter gives this one's
     * GIL up until the matching exit).
     *
     * @throws IllegalStateException after {@link #shutdown}, on any thread but the one that shut it down
     */
    public ThreadState enter() {
        ThreadState prev = ThreadState.current();
        ThreadState ts = prev != null && prev.interpreter == this ? prev : threadState();
        ts.enter();
        return ts;
    }

    /** Leaves what the matching {@link #enter} entered: gives the GIL back if that took it. */
    public void exit(ThreadState ts) {
        ts.exit();
    }

    /**
     * The calling thread's state here, made (and registered) on first use. Making one first
     * forgets the states of threads that ended, so a stream of short-lived Java threads leaves
     * nothing behind; what those states own is released by the next thread holding the GIL.
     */
    ThreadState threadState() {
        Thread t = Thread.currentThread();
        ThreadState ts = threadStates.get(t);
        if (ts == null) {
            forgetEndedThreads();
            ts = new ThreadState(this, t);
            threadStates.put(t, ts);
        }
        return ts;
    }

    private void forgetEndedThreads() {
        threadStates.values().removeIf(old -> {
            if (old.thread.isAlive()) {
                return false;
            }
            orphans.add(old);
            return true;
        });
    }

    /** Releases what the states of ended threads own; under the GIL. */
    void clearOrphans() {
        if (orphans.isEmpty()) {
            return;
        }
        ThreadState old;
        while ((old = orphans.poll()) != null) {
            old.clear();
        }
    }

    /**
     * The last {@link #exit} of a thread made to run Python ({@code _thread}'s): its state is
     * dropped (what it owns released, its sentinel lock unlocked) before the GIL is given back.
     */
    public void exitThread(ThreadState ts) {
        try {
            if (ts.gil.heldBy(ts)) {
                threadStates.remove(ts.thread, ts);
                ts.clear();
            }
        } finally {
            ts.exit();
        }
    }

    /** How many threads have a state here (the states of threads that ended are forgotten first). */
    public int threadCount() {
        forgetEndedThreads();
        return threadStates.size();
    }

    /** The thread that made this interpreter: {@code _thread.interrupt_main} interrupts it. */
    public Thread mainThread() {
        return mainThread;
    }

    /** Sets what runs the {@code atexit} functions at {@link #shutdown} (the atexit module does, when made). */
    public void setExitFunctions(Runnable run) {
        exitFunctions = run;
    }

    /** Sets how {@link #flushStreams} flushes {@code sys.stdout}, {@code sys.stderr} and the open files. */
    public void setStreamFlusher(Runnable flush) {
        streamFlusher = flush;
    }

    /** Flushes the standard streams and the files left open; under the GIL. */
    public void flushStreams() {
        Runnable flush = streamFlusher;
        if (flush != null) {
            flush.run();
        }
    }

    /**
     * Finalizes the interpreter, in CPython's order ({@code Py_FinalizeEx}): calls
     * {@code threading._shutdown()} if {@code threading} was imported (it waits for the threads
     * that are not daemons), runs the {@code atexit} functions, stops every other thread (a
     * daemon thread leaves at its next eval-breaker check or when its wait ends, without running
     * Python code), flushes the streams, tears the modules down ({@link ModuleTeardown}: what is
     * still alive is finalized) and flushes again. Python code may not run here afterwards, except
     * on the thread that called this. Calling it again does nothing.
     */
    public void shutdown() {
        ThreadState ts = enter();
        try {
            if (shutDown) {
                return;
            }
            shutDown = true;
            PyModule threading = loadedModule("threading");
            if (threading != null) {
                threading.incref();
                try {
                    PyObject done = org.krait.runtime.ops.CallOps.callMethod(threading, "_shutdown");
                    done.decref();
                } catch (PythonException e) {
                    Unraisable.report(this, e.exception(), threading, null);
                    e.exception().decref();
                } finally {
                    threading.decref();
                }
            }
            Runnable atexit = exitFunctions;
            if (atexit != null) {
                atexit.run();
            }
            gil.stopOthers();
            for (ThreadState other : threadStates.values()) {
                if (other != ts && other.isPythonThread()) {
                    other.thread.interrupt();
                }
            }
            flushStreams();
            ModuleTeardown.run(this, builtinsAtStart);
            flushStreams();
        } finally {
            exit(ts);
        }
    }

    /** The decoded forms, with this interpreter's inline caches, of the code objects all interpreters share. */
    private final java.util.IdentityHashMap<PyCode, DecodedCode> sharedCode = new java.util.IdentityHashMap<>();

    /** The decoded form of the shared {@code code} for this interpreter; {@code template} is its common one. */
    DecodedCode decoded(PyCode code, DecodedCode template) {
        DecodedCode d = sharedCode.get(code);
        if (d == null) {
            d = template.withOwnCaches();
            sharedCode.put(code, d);
        }
        return d;
    }

    /** The import system of this interpreter, made on first use. */
    public ImportSystem imports() {
        ImportSystem i = imports;
        if (i == null) {
            imports = i = new ImportSystem(this);
        }
        return i;
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

    /** Whether a builtin module (one written in Java) is named {@code name}. */
    public boolean isBuiltinModule(String name) {
        return builtinModules.containsKey(name);
    }

    /** Makes the builtin module {@code name} (new reference); its factory must be registered. */
    public PyModule makeBuiltinModule(String name) {
        PyModule m = builtinModules.get(name).apply(this);
        m.incref();
        return m;
    }

    /** The names of the registered builtin modules ({@code sys.builtin_module_names}). */
    public java.util.Set<String> builtinModuleNames() {
        return java.util.Collections.unmodifiableSet(builtinModules.keySet());
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
        ThreadState ts = enter();
        try {
            PyDict globals = new PyDict();
            PyModule m = new PyModule(name, globals);
            globals.setItem("__doc__", org.krait.runtime.objects.PyNoneType.NONE);
            globals.setItem("__package__", org.krait.runtime.objects.PyNoneType.NONE);
            PyObject loader = ImportSystem.mainLoader(code.filename);
            globals.setItem("__loader__", loader);
            loader.decref();
            globals.setItem("__spec__", org.krait.runtime.objects.PyNoneType.NONE);
            globals.setItem("__builtins__", builtinsFor(name));
            PyStr file = PyStr.of(code.filename);
            globals.setItem("__file__", file);
            file.decref();
            modules.setItem(name, m);
            globals.decref();
            try {
                EvalLoop.runWithLocals(ts, code, null, globals, builtins, globals).decref();
            } catch (RuntimeException | Error e) {
                // sys.modules keeps the module; the reference this would have returned goes.
                m.decref();
                throw e;
            }
            return m;
        } finally {
            exit(ts);
        }
    }

    /**
     * Imports the module {@code name} (absolute) as {@code import name} does and returns its entry
     * in {@code sys.modules}, borrowed (the module stays there). See {@link ImportSystem}.
     */
    public PyObject importModule(String name) {
        ThreadState ts = enter();
        try {
            PyObject m = isBuiltinModule(name) ? imports().importBuiltin(name) : imports().importAbsolute(name);
            PyObject cached = modules.getItem(name);
            m.decref();
            return cached != null ? cached : m;
        } finally {
            exit(ts);
        }
    }

    /** Runs {@code code} (from {@code exec}/{@code eval}) with the given namespaces; returns its value (new reference). */
    public PyObject runCode(PyCode code, PyDict globals, PyObject locals) {
        ThreadState ts = enter();
        try {
            if (globals.getItem("__builtins__") == null) {
                globals.setItem("__builtins__", builtins);
            }
            return EvalLoop.runWithLocals(ts, code, null, globals, builtins, locals);
        } finally {
            exit(ts);
        }
    }

    /**
     * Runs {@code code} with {@code globals} (a module namespace) and {@code builtins} as the namespace
     * its names fall back to (a host's: the builtins with the host's own names over them); returns
     * its value (new reference).
     */
    public PyObject runHosted(PyCode code, PyDict globals, PyDict builtins) {
        ThreadState ts = ThreadState.current(this);
        return EvalLoop.runWithLocals(ts, code, null, globals, builtins, globals);
    }

    /** Runs a class body with {@code ns} as its namespace; returns what it returns (its {@code __class__} cell or None). */
    public PyObject runClassBody(PyFunction body, PyObject ns) {
        ThreadState ts = ThreadState.current(this);
        return EvalLoop.runWithLocals(ts, body.code(), body, body.globals(), body.builtins(), ns);
    }
}
