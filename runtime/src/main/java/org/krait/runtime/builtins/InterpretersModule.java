package org.krait.runtime.builtins;

import static org.krait.runtime.objects.PyBuiltinFunctionOrMethod.define;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;

/**
 * {@code _interpreters}, Krait's own: more interpreters of this JVM for parallel work, seen from
 * Python by number. Only bytes cross between interpreters: the caller's bytes are copied into a
 * new bytes object of the target, and the target's answer is copied back; the pickling of
 * callables, arguments and results is the bundled {@code _interpreter_worker} module's work (in
 * the target) and its callers' (here). A call runs on the calling Java thread, which gives up
 * its own interpreter's GIL while it runs in the target ({@link Interpreter#enter} across
 * interpreters), so calls from several threads run in parallel in several interpreters.
 *
 * <ul>
 *   <li>{@code create()}: a new interpreter configured as this one (streams, start-up settings);
 *       its number.</li>
 *   <li>{@code call(id, name, data)}: {@code _interpreter_worker.<name>(data)} in interpreter
 *       {@code id}, which must return bytes; those bytes.</li>
 *   <li>{@code destroy(id)}: shuts the interpreter down (its threads, {@code atexit}).</li>
 *   <li>{@code list_all()}: the numbers of the interpreters this one made and did not destroy.</li>
 * </ul>
 */
public final class InterpretersModule {

    private static final AtomicLong NEXT_ID = new AtomicLong(1);

    /** The interpreters one interpreter made, by number. */
    private static final class Children {
        final Map<Long, Interpreter> byId = new ConcurrentHashMap<>();
    }

    private InterpretersModule() {
    }

    public static PyModule create(Interpreter interp) {
        Children children = interp.state(Children.class, i -> new Children());
        PyDict d = new PyDict();
        PyModule m = new PyModule("_interpreters", d);
        define(d, "create", ArgSpec.NOARGS, (s, a, kw) -> {
            Interpreter child = ThreadState.unlocked(() -> makeChild(interp));
            long id = NEXT_ID.getAndIncrement();
            children.byId.put(id, child);
            return PyInt.of(id);
        });
        define(d, "call", ArgSpec.positional(3, 3), (s, a, kw) -> {
            Interpreter target = find(children, a[0]);
            String name = ObjectOps.str(a[1]).toString();
            if (!(a[2] instanceof PyBytes)) {
                throw PythonException.typeError("call() argument 3 must be bytes, not " + a[2].type().name());
            }
            byte[] data = ((PyBytes) a[2]).toByteArray();
            String[] failure = new String[1];
            byte[] answer = callIn(target, name, data, failure);
            if (answer == null) {
                throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "interpreter " + a[0] + " failed: " + failure[0]);
            }
            return PyBytes.of(answer);
        });
        define(d, "destroy", ArgSpec.ONE, (s, a, kw) -> {
            Interpreter target = find(children, a[0]);
            children.byId.remove(NumberOps.index(a[0]).asLong());
            ThreadState.unlocked(() -> {
                target.shutdown();
                target.heap().release();
                return null;
            });
            return PyNoneType.NONE;
        });
        define(d, "list_all", ArgSpec.NOARGS, (s, a, kw) -> {
            PyList l = new PyList();
            for (Long id : new java.util.TreeSet<>(children.byId.keySet())) {
                PyInt i = PyInt.of(id);
                l.append(i);
                i.decref();
            }
            return l;
        });
        m.adoptFunctions();
        d.decref();
        return m;
    }

    private static Interpreter find(Children children, PyObject id) {
        Interpreter target = children.byId.get(NumberOps.index(id).asLong());
        if (target == null) {
            throw PythonException.valueError("no interpreter " + ObjectOps.repr(id));
        }
        return target;
    }

    /** A new interpreter with {@code parent}'s streams and start-up settings, its builtins installed. */
    private static Interpreter makeChild(Interpreter parent) {
        Interpreter child = new Interpreter(parent.in(), parent.out(), parent.err());
        child.configure(parent.config());
        child.heap().world().setMaxStrDigits(parent.heap().world().maxStrDigits());
        ThreadState ts = child.enter();
        try {
            BuiltinsModule.install(child);
        } finally {
            child.exit(ts);
        }
        return child;
    }

    /**
     * Runs {@code _interpreter_worker.<name>(data)} in {@code target} on this thread; its bytes,
     * copied out, or null with {@code failure[0]} saying what escaped the worker function.
     */
    private static byte[] callIn(Interpreter target, String name, byte[] data, String[] failure) {
        ThreadState ts = target.enter();
        try {
            PyObject worker = target.importModule("_interpreter_worker");
            PyObject f = ObjectOps.getAttr(worker, name);
            PyBytes arg = PyBytes.of(data);
            try {
                PyObject r = CallOps.call(f, arg);
                try {
                    if (!(r instanceof PyBytes)) {
                        failure[0] = "_interpreter_worker." + name + " returned " + r.type().name();
                        return null;
                    }
                    return ((PyBytes) r).toByteArray();
                } finally {
                    r.decref();
                }
            } finally {
                arg.decref();
                f.decref();
            }
        } catch (PythonException e) {
            PyObject exc = e.exception();
            PyObject text = ObjectOps.str(exc);
            failure[0] = exc.type().name() + ": " + text;
            text.decref();
            return null;
        } finally {
            target.exit(ts);
        }
    }
}
