package org.krait.jsr223;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;
import org.krait.runtime.PythonRuntime;
import org.krait.runtime.host.Gate;
import org.krait.runtime.host.HostValues;
import org.krait.runtime.host.InterfaceProxies;
import org.krait.runtime.host.PythonView;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFunction;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.Slot;

/**
 * Krait as a JSR-223 engine: one interpreter per engine, usable from any number of threads
 * ({@code THREADING} is {@code MULTITHREADED}: each evaluation or call takes the interpreter's
 * lock through {@code Interpreter.enter()/exit()}). {@code ENGINE_SCOPE} bindings are
 * {@code __main__} namespaces ({@link NamespaceBindings}, or a host's own {@code Bindings} through
 * {@link Namespaces}); {@code GLOBAL_SCOPE} names come after the globals and before the builtins;
 * the context's writer, error writer and reader are {@code sys.stdout}, {@code sys.stderr} and
 * {@code sys.stdin} for the evaluating thread ({@link ContextStreams}).
 */
public final class PythonScriptEngine extends AbstractScriptEngine implements Compilable, Invocable, AutoCloseable {

    /** The file name of scripts evaluated without {@code ScriptEngine.FILENAME}, as {@code exec()}'s. */
    static final String NO_FILE = "<string>";

    private final PythonScriptEngineFactory factory;
    private final PythonRuntime runtime;
    private final Interpreter interpreter;
    private final ContextStreams streams = new ContextStreams();
    private final Namespaces namespaces;
    private volatile boolean closed;
    /**
     * The scripts {@code eval(String)} compiled last, by file name and source, so that a host
     * evaluating the same small script again and again pays for its compilation once.
     */
    private final java.util.Map<String, PythonCompiledScript> recent = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, PythonCompiledScript> eldest) {
                    return size() > RECENT_SCRIPTS;
                }
            });
    private static final int RECENT_SCRIPTS = 64;
    /** Longer sources are compiled each time: a host evaluating them is not in a tight loop. */
    private static final int RECENT_MAX_LENGTH = 4096;

    PythonScriptEngine(PythonScriptEngineFactory factory) {
        this.factory = factory;
        this.runtime = new PythonRuntime(System.in, System.out, System.err);
        this.interpreter = runtime.interpreter();
        this.namespaces = new Namespaces(interpreter);
        ThreadState ts = Gate.enter(interpreter);
        try {
            PyModule sys = (PyModule) interpreter.importModule("sys");
            setStream(sys, "stdin", PyContextStream.Kind.IN);
            setStream(sys, "stdout", PyContextStream.Kind.OUT);
            setStream(sys, "stderr", PyContextStream.Kind.ERR);
            SimpleScriptContext c = new SimpleScriptContext();
            c.setBindings(new NamespaceBindings(interpreter, runtime.mainModule().dict()), ScriptContext.ENGINE_SCOPE);
            setContext(c);
        } finally {
            Gate.exit(interpreter, ts);
        }
    }

    private void setStream(PyModule sys, String name, PyContextStream.Kind kind) {
        PyContextStream s = new PyContextStream(streams, kind);
        sys.dict().setItem(name, s);
        s.decref();
    }

    @Override
    public void setContext(ScriptContext context) {
        super.setContext(context);
        streams.engineContext = context;
    }

    @Override
    public Object eval(String script, ScriptContext context) throws ScriptException {
        String file = fileName(context);
        if (script.length() > RECENT_MAX_LENGTH) {
            return ScriptCompiler.compile(this, script, file).eval(context);
        }
        String key = file + '\0' + script;
        PythonCompiledScript compiled = recent.get(key);
        if (compiled == null) {
            compiled = ScriptCompiler.compile(this, script, file);
            recent.put(key, compiled);
        }
        return compiled.eval(context);
    }

    @Override
    public Object eval(Reader reader, ScriptContext context) throws ScriptException {
        return eval(read(reader), context);
    }

    @Override
    public CompiledScript compile(String script) throws ScriptException {
        return ScriptCompiler.compile(this, script, fileName(context));
    }

    @Override
    public CompiledScript compile(Reader script) throws ScriptException {
        return compile(read(script));
    }

    @Override
    public Bindings createBindings() {
        checkOpen();
        ThreadState ts = Gate.enter(interpreter);
        try {
            PyDict g = namespaces.create();
            NamespaceBindings b = new NamespaceBindings(interpreter, g);
            g.decref();
            return b;
        } finally {
            Gate.exit(interpreter, ts);
        }
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    /** The name scripts are compiled under: the context's {@code ScriptEngine.FILENAME}, else {@code <string>}. */
    private static String fileName(ScriptContext context) {
        Object f = context.getAttribute(ScriptEngine.FILENAME);
        return f == null ? NO_FILE : f.toString();
    }

    private static String read(Reader reader) throws ScriptException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n; (n = reader.read(buf)) >= 0;) {
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new ScriptException(e);
        }
        return sb.toString();
    }

    /**
     * Evaluates {@code script} in {@code context}: the statements, then the last expression, whose
     * value is returned ({@code None} as null). {@code __file__} is the context's
     * {@code FILENAME} when it has one, {@code sys.argv} its {@code ARGV}.
     */
    Object run(PythonCompiledScript script, ScriptContext context) throws ScriptException {
        checkOpen();
        Bindings scope = context.getBindings(ScriptContext.ENGINE_SCOPE);
        if (scope == null) {
            throw new IllegalArgumentException("the context has no ENGINE_SCOPE bindings");
        }
        ThreadState ts = Gate.enter(interpreter);
        ContextStreams.Frame frame = streams.push(context);
        try {
            PyDict globals = namespaces.globalsFor(scope);
            PyDict builtins = builtinsFor(context.getBindings(ScriptContext.GLOBAL_SCOPE));
            try {
                arguments(globals, context);
                if (script.body != null) {
                    interpreter.runHosted(script.body, globals, builtins).decref();
                }
                if (script.last == null) {
                    return null;
                }
                PyObject r = interpreter.runHosted(script.last, globals, builtins);
                try {
                    return HostValues.toJava(interpreter, r);
                } finally {
                    r.decref();
                }
            } finally {
                if (builtins != interpreter.builtins()) {
                    builtins.decref();
                }
                namespaces.giveBack(scope, globals);
            }
        } catch (PythonException e) {
            throw ScriptErrors.of(interpreter, e, script.filename);
        } catch (StackOverflowError e) {
            throw ScriptErrors.recursion(script.filename);
        } finally {
            streams.pop(frame);
            Gate.exit(interpreter, ts);
        }
    }

    /** {@code __file__} and {@code sys.argv} from the context's {@code FILENAME} and {@code ARGV}. */
    private void arguments(PyDict globals, ScriptContext context) {
        Object file = context.getAttribute(ScriptEngine.FILENAME);
        if (file != null) {
            PyStr f = PyStr.of(file.toString());
            globals.setItem("__file__", f);
            f.decref();
        }
        Object argv = context.getAttribute(ScriptEngine.ARGV);
        if (argv != null) {
            PyList list = new PyList();
            Iterable<?> items = argv instanceof Object[] ? List.of((Object[]) argv) : argv instanceof Iterable ? (Iterable<?>) argv : List.of(argv);
            for (Object a : items) {
                PyStr s = PyStr.of(String.valueOf(a));
                list.append(s);
                s.decref();
            }
            ((PyModule) interpreter.importModule("sys")).dict().setItem("argv", list);
            list.decref();
        }
    }

    /**
     * The namespace names fall back to after the globals: the builtins, or, when the context has
     * {@code GLOBAL_SCOPE} names, a copy of them with those names over them (new reference then).
     */
    private PyDict builtinsFor(Bindings global) {
        if (global == null || global.isEmpty()) {
            return interpreter.builtins();
        }
        PyDict b = new PyDict();
        b.mergeMapping(interpreter.builtins(), k -> { });
        for (java.util.Map.Entry<String, Object> e : global.entrySet()) {
            PyObject v = HostValues.toPython(e.getValue());
            b.setItem(e.getKey(), v);
            v.decref();
        }
        return b;
    }

    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        checkOpen();
        if (name == null) {
            throw new NullPointerException("function name is null");
        }
        Bindings scope = context.getBindings(ScriptContext.ENGINE_SCOPE);
        ThreadState ts = Gate.enter(interpreter);
        PyDict globals = null;
        PyObject f = null;
        try {
            globals = namespaces.globalsFor(scope);
            f = globals.getItem(name);
            if (f == null || !f.type().has(Slot.CALL)) {
                throw new NoSuchMethodException("no function " + name + " in the engine's globals");
            }
            return call(f, args);
        } catch (PythonException e) {
            throw ScriptErrors.of(interpreter, e, f instanceof PyFunction ? ((PyFunction) f).code().filename : NO_FILE);
        } finally {
            try {
                if (globals != null) {
                    namespaces.giveBack(scope, globals);
                }
            } finally {
                Gate.exit(interpreter, ts);
            }
        }
    }

    @Override
    public Object invokeMethod(Object thiz, String name, Object... args) throws ScriptException, NoSuchMethodException {
        checkOpen();
        if (name == null) {
            throw new NullPointerException("method name is null");
        }
        ThreadState ts = Gate.enter(interpreter);
        PyObject self = null;
        try {
            self = pythonObject(thiz);
            PyObject m = ObjectOps.lookupAttr(self, PyStr.of(name));
            if (m == null || !m.type().has(Slot.CALL)) {
                PyObject.xdecref(m);
                throw new NoSuchMethodException("no method " + name + " of a Python '" + self.type().name() + "'");
            }
            try {
                return call(m, args);
            } finally {
                m.decref();
            }
        } catch (PythonException e) {
            throw ScriptErrors.of(interpreter, e, NO_FILE);
        } finally {
            PyObject.xdecref(self);
            Gate.exit(interpreter, ts);
        }
    }

    /** Calls {@code f} (borrowed) with Java arguments; the result as a Java value. Under the lock. */
    private Object call(PyObject f, Object[] args) {
        PyObject[] a = new PyObject[args == null ? 0 : args.length];
        try {
            for (int i = 0; i < a.length; i++) {
                a[i] = HostValues.toPython(args[i]);
            }
            PyObject r = CallOps.call(f, a);
            try {
                return HostValues.toJava(interpreter, r);
            } finally {
                r.decref();
            }
        } finally {
            for (PyObject o : a) {
                PyObject.xdecref(o);
            }
        }
    }

    @Override
    public <T> T getInterface(Class<T> iface) {
        checkOpen();
        checkInterface(iface);
        Bindings scope = context.getBindings(ScriptContext.ENGINE_SCOPE);
        ThreadState ts = Gate.enter(interpreter);
        try {
            PyDict globals = namespaces.globalsFor(scope);
            PyObject name = globals.getItem("__name__");
            // The namespace as a module, so that the proxy finds the functions as its attributes, live.
            PyModule module = new PyModule(name instanceof PyStr ? name.toString() : "__main__", globals);
            try {
                return InterfaceProxies.canImplement(module, iface) ? iface.cast(InterfaceProxies.implement(interpreter, module, iface)) : null;
            } finally {
                module.decref();
            }
        } catch (PythonException e) {
            throw new IllegalStateException(ScriptErrors.of(interpreter, e, NO_FILE));
        } finally {
            Gate.exit(interpreter, ts);
        }
    }

    @Override
    public <T> T getInterface(Object thiz, Class<T> iface) {
        checkOpen();
        checkInterface(iface);
        ThreadState ts = Gate.enter(interpreter);
        PyObject self = null;
        try {
            self = pythonObject(thiz);
            return InterfaceProxies.canImplement(self, iface) ? iface.cast(InterfaceProxies.implement(interpreter, self, iface)) : null;
        } catch (PythonException e) {
            throw new IllegalStateException(ScriptErrors.of(interpreter, e, NO_FILE));
        } finally {
            PyObject.xdecref(self);
            Gate.exit(interpreter, ts);
        }
    }

    private static void checkInterface(Class<?> iface) {
        if (iface == null || !iface.isInterface()) {
            throw new IllegalArgumentException("not an interface: " + iface);
        }
    }

    /**
     * The Python object for {@code thiz} (new reference): what a view, handle or proxy this engine
     * gave out stands for, or a Java value converted; under the lock.
     */
    private PyObject pythonObject(Object thiz) {
        if (thiz == null) {
            throw new IllegalArgumentException("no object to call");
        }
        if (thiz instanceof PythonView && ((PythonView) thiz).interpreter() != interpreter) {
            throw new IllegalArgumentException("an object of another Python engine");
        }
        return HostValues.toPython(thiz);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the Python engine is closed");
        }
    }

    /**
     * Closes the engine: its interpreter shuts down as a Python program's end does
     * ({@code Interpreter.shutdown()}: waits for the threads of {@code threading} that are not
     * daemons, runs the {@code atexit} functions, stops the other threads, flushes the streams),
     * and later calls fail with IllegalStateException. Closing twice does nothing.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        runtime.close();
    }
}
